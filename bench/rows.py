"""The synthetic enterprise register, row for row as `hazchem export register --synthetic N` writes it.

Mirrors Sources/HazChemReports/Register/SyntheticRegisterRows.swift, EnterpriseRegisterWriter.swift and
LedgerFormats.swift (bench/c/register.c mirrors them in C). The Python writers import this module, so
XlsxWriter and openpyxl write the same 100,000 x 23 cells. Dates are Excel serial numbers with a
`yyyy-mm-dd` number format, as libxlsxwriter receives them from HazChem and the C program.
"""
import datetime

EXCEL_EPOCH = datetime.datetime(1899, 12, 30)  # serial 0 (the 1900 leap-year bug only affects serials < 61)

HEADERS = [
    "序号", "统一社会信用代码", "企业名称", "旗县市", "企业类型", "地址", "主要负责人", "联系电话",
    "许可证编号", "许可证有效期至", "是否在化工园区", "重大危险源等级", "危险化工工艺数", "标准化等级",
    "经营状态", "最近评估日期", "评估得分", "风险等级", "处置类别", "未整改重大隐患数", "下次评估到期日",
    "逾期未评估", "涉及自身反应性化学品装置",
]
WIDTHS = [6, 21, 30, 12, 14, 30, 10, 14, 20, 13, 8, 8, 8, 8, 8, 13, 8, 8, 16, 8, 13, 8, 10]
COUNTIES = ["乌兰浩特市", "阿尔山市", "科尔沁右翼前旗", "科尔沁右翼中旗", "扎赉特旗", "突泉县"]
KINDS = ["生产", "储存", "经营(带储存)", "经营(不带储存)"]
STATES = ["在产", "停产", "关闭"]
LEVELS = ["无", "一级", "二级", "三级", "四级"]
STANDARDISATION = ["未达标", "一级", "二级", "三级"]
EXPIRY_BASE = 44562  # Excel serial of 2022-01-01
ASSESSMENT_BASE = 43466  # Excel serial of 2019-01-01
# The next assessment falls due three years after the last (AssessmentCycle.standard): 2019-01-01 + d gives
# 2022-01-01 + d (neither year is a leap year). Rows are judged on 2022-07-01 (SyntheticRegisterRows.dueToday),
# 181 days into 2022: an open enterprise due before that is overdue; a closed one (关闭) is not due at all.
DUE_BASE = 44562  # Excel serial of 2022-01-01
DUE_TODAY = DUE_BASE + 181  # 2022-07-01
NOT_REQUIRED = "不需评估（已关闭）"
OVERDUE = "逾期未评估"

# Cell styles by column: text, centered, integer, score, date, or grade (the grade picks the fill). Column 20
# is a date, or text when the enterprise is closed; column 21 is 逾期未评估 filled red, or a centered blank.
STYLES = [
    "integer", "text", "text", "text", "text", "text", "text", "text", "text", "date",
    "centered", "centered", "integer", "centered", "centered", "date", "score", "grade", "text", "integer",
    "date", "centered", "centered",
]


def style(c, value):
    """The style name of cell `c` holding `value`: a grade label names its own fill."""
    if c == 17:
        return value
    if c == 20 and isinstance(value, str):
        return "text"
    if c == 21 and value == OVERDUE:
        return "红色"
    return STYLES[c]
# Grade label -> (fill, white font).
GRADES = {"红色": ("FF0000", True), "橙色": ("FFA500", False), "黄色": ("FFFF00", False), "蓝色": ("0070C0", True)}


def row(i):
    """Row i (1-based): the 23 cell values, in column order (None: a formatted blank)."""
    county = COUNTIES[i % 6]
    closed = STATES[i % 3] == "关闭"
    due = DUE_BASE + i % 365
    raw = 500 + (i * 7) % 500
    if raw >= 900:
        grade = "蓝色"
    elif raw >= 750:
        grade = "黄色"
    elif raw >= 600:
        grade = "橙色"
    else:
        grade = "红色"
    return [
        i,
        "91152200%010d" % i,
        "兴安盟示例化工有限公司第%d号" % i,
        county,
        KINDS[i % 4],
        "内蒙古自治区兴安盟%s工业园区%d号" % (county, i),
        "负责人%d" % (i % 1000),
        "1390482%04d" % (i % 10000),
        "（蒙）WH安许证字〔2019〕%d号" % i,
        EXPIRY_BASE + i % 1000,
        "是" if i % 3 == 0 else "否",
        LEVELS[i % 5],
        i % 4,
        STANDARDISATION[i % 4],
        STATES[i % 3],
        ASSESSMENT_BASE + i % 365,
        raw / 10.0,
        grade,
        "巩固强化" if raw >= 900 else "整改提升",
        1 if i % 7 == 0 else 0,
        NOT_REQUIRED if closed else due,
        OVERDUE if not closed and due < DUE_TODAY else None,
        "是" if i % 10 == 0 else "否",
    ]


def read_back(i):
    """Row i as openpyxl reads it back: date-formatted serials as ISO date-times, blanks as None."""
    values = row(i)
    for c, value in enumerate(values):
        if style(c, value) == "date":
            values[c] = (EXCEL_EPOCH + datetime.timedelta(days=value)).isoformat()
    return values
