/*
 * Baseline for the register benchmark: writes the same enterprise register as
 * `hazchem export register --synthetic N --out FILE` (same cell values, formats, layout,
 * constant-memory mode) by calling libxlsxwriter directly.
 *
 *   cc -O2 -o register register.c $(pkg-config --cflags --libs xlsxwriter)
 *   ./register 100000 out.xlsx
 *
 * Keep in step with Sources/HazChemReports/Register/EnterpriseRegisterWriter.swift,
 * LedgerFormats.swift and SyntheticRegisterRows.swift.
 */
#include <stdio.h>
#include <stdlib.h>
#include <xlsxwriter.h>

#define COLUMNS 23
static const char *headers[COLUMNS] = {
    "序号", "统一社会信用代码", "企业名称", "旗县市", "企业类型", "地址", "主要负责人", "联系电话",
    "许可证编号", "许可证有效期至", "是否在化工园区", "重大危险源等级", "危险化工工艺数", "标准化等级",
    "经营状态", "最近评估日期", "评估得分", "风险等级", "处置类别", "未整改重大隐患数", "下次评估到期日",
    "逾期未评估", "涉及自身反应性化学品装置"};
static const double widths[COLUMNS] = {6, 21, 30, 12, 14, 30, 10, 14, 20, 13, 8, 8,
                                       8, 8, 8, 13, 8, 8, 16, 8, 13, 8, 10};
static const char *counties[6] = {"乌兰浩特市", "阿尔山市", "科尔沁右翼前旗", "科尔沁右翼中旗", "扎赉特旗", "突泉县"};
static const char *kinds[4] = {"生产", "储存", "经营(带储存)", "经营(不带储存)"};
static const char *states[3] = {"在产", "停产", "关闭"};
static const char *levels[5] = {"无", "一级", "二级", "三级", "四级"};
static const char *standardisation[4] = {"未达标", "一级", "二级", "三级"};

/* Excel serials of 2022-01-01 (licence expiry base) and 2019-01-01 (assessment base). */
#define EXPIRY_BASE 44562
#define ASSESSMENT_BASE 43466
/* The next assessment is due three years after the last: 2019-01-01 + d gives 2022-01-01 + d. Rows are judged
 * on 2022-07-01 (181 days into 2022): an open enterprise due before then is overdue (逾期未评估); a closed one
 * (关闭) is not due at all. */
#define DUE_BASE 44562
#define DUE_TODAY (DUE_BASE + 181)

static lxw_format *base_format(lxw_workbook *wb) {
    lxw_format *f = workbook_add_format(wb);
    format_set_border(f, LXW_BORDER_THIN);
    format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
    return f;
}

static lxw_format *grade_format(lxw_workbook *wb, lxw_color_t fill, int dark) {
    lxw_format *f = workbook_add_format(wb);
    format_set_bold(f);
    format_set_font_color(f, dark ? 0xFFFFFF : LXW_COLOR_BLACK);
    format_set_pattern(f, LXW_PATTERN_SOLID);
    format_set_bg_color(f, fill);
    format_set_border(f, LXW_BORDER_THIN);
    format_set_align(f, LXW_ALIGN_CENTER);
    format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
    return f;
}

#define CHECK(call)                                                                  \
    do {                                                                             \
        lxw_error e_ = (call);                                                       \
        if (e_) {                                                                    \
            fprintf(stderr, "%s: %s\n", #call, lxw_strerror(e_));                    \
            return 1;                                                                \
        }                                                                            \
    } while (0)

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: %s ROWS OUT.xlsx\n", argv[0]);
        return 2;
    }
    int n = atoi(argv[1]);
    lxw_workbook_options options = {.constant_memory = LXW_TRUE, .tmpdir = NULL, .use_zip64 = LXW_FALSE};
    lxw_workbook *wb = workbook_new_opt(argv[2], &options);
    if (!wb) return 1;
    lxw_doc_properties properties = {.title = "企业台账", .author = "HazChem"};
    CHECK(workbook_set_properties(wb, &properties));
    lxw_worksheet *ws = workbook_add_worksheet(wb, "企业台账");
    if (!ws) return 1;

    lxw_format *header = workbook_add_format(wb);
    format_set_bold(header);
    format_set_pattern(header, LXW_PATTERN_SOLID);
    format_set_bg_color(header, 0xD9D9D9);
    format_set_border(header, LXW_BORDER_THIN);
    format_set_align(header, LXW_ALIGN_CENTER);
    format_set_align(header, LXW_ALIGN_VERTICAL_CENTER);
    format_set_text_wrap(header);
    lxw_format *text = base_format(wb);
    lxw_format *centered = base_format(wb);
    format_set_align(centered, LXW_ALIGN_CENTER);
    lxw_format *integer = base_format(wb);
    format_set_num_format(integer, "0");
    format_set_align(integer, LXW_ALIGN_CENTER);
    lxw_format *score = base_format(wb);
    format_set_num_format(score, "0.0");
    format_set_align(score, LXW_ALIGN_CENTER);
    lxw_format *date = base_format(wb);
    format_set_num_format(date, "yyyy-mm-dd");
    format_set_align(date, LXW_ALIGN_CENTER);
    lxw_format *red = grade_format(wb, 0xFF0000, 1);
    lxw_format *orange = grade_format(wb, 0xFFA500, 0);
    lxw_format *yellow = grade_format(wb, 0xFFFF00, 0);
    lxw_format *blue = grade_format(wb, 0x0070C0, 1);

    for (int c = 0; c < COLUMNS; c++) CHECK(worksheet_set_column(ws, c, c, widths[c], NULL));
    CHECK(worksheet_set_row(ws, 0, 30, NULL));
    for (int c = 0; c < COLUMNS; c++) CHECK(worksheet_write_string(ws, 0, c, headers[c], header));

    char buf[256];
    for (int i = 1; i <= n; i++) {
        lxw_row_t r = (lxw_row_t)i;
        const char *county = counties[i % 6];
        int raw = 500 + (i * 7) % 500;
        lxw_format *grade_fmt;
        const char *grade_label;
        if (raw >= 900) { grade_fmt = blue; grade_label = "蓝色"; }
        else if (raw >= 750) { grade_fmt = yellow; grade_label = "黄色"; }
        else if (raw >= 600) { grade_fmt = orange; grade_label = "橙色"; }
        else { grade_fmt = red; grade_label = "红色"; }

        CHECK(worksheet_write_number(ws, r, 0, i, integer));
        snprintf(buf, sizeof buf, "91152200%010d", i);
        CHECK(worksheet_write_string(ws, r, 1, buf, text));
        snprintf(buf, sizeof buf, "兴安盟示例化工有限公司第%d号", i);
        CHECK(worksheet_write_string(ws, r, 2, buf, text));
        CHECK(worksheet_write_string(ws, r, 3, county, text));
        CHECK(worksheet_write_string(ws, r, 4, kinds[i % 4], text));
        snprintf(buf, sizeof buf, "内蒙古自治区兴安盟%s工业园区%d号", county, i);
        CHECK(worksheet_write_string(ws, r, 5, buf, text));
        snprintf(buf, sizeof buf, "负责人%d", i % 1000);
        CHECK(worksheet_write_string(ws, r, 6, buf, text));
        snprintf(buf, sizeof buf, "1390482%04d", i % 10000);
        CHECK(worksheet_write_string(ws, r, 7, buf, text));
        snprintf(buf, sizeof buf, "（蒙）WH安许证字〔2019〕%d号", i);
        CHECK(worksheet_write_string(ws, r, 8, buf, text));
        CHECK(worksheet_write_number(ws, r, 9, EXPIRY_BASE + i % 1000, date));
        CHECK(worksheet_write_string(ws, r, 10, i % 3 == 0 ? "是" : "否", centered));
        CHECK(worksheet_write_string(ws, r, 11, levels[i % 5], centered));
        CHECK(worksheet_write_number(ws, r, 12, i % 4, integer));
        CHECK(worksheet_write_string(ws, r, 13, standardisation[i % 4], centered));
        CHECK(worksheet_write_string(ws, r, 14, states[i % 3], centered));
        CHECK(worksheet_write_number(ws, r, 15, ASSESSMENT_BASE + i % 365, date));
        CHECK(worksheet_write_number(ws, r, 16, raw / 10.0, score));
        CHECK(worksheet_write_string(ws, r, 17, grade_label, grade_fmt));
        CHECK(worksheet_write_string(ws, r, 18, raw >= 900 ? "巩固强化" : "整改提升", text));
        CHECK(worksheet_write_number(ws, r, 19, i % 7 == 0 ? 1 : 0, integer));
        int closed = i % 3 == 2, due = DUE_BASE + i % 365;
        if (closed)
            CHECK(worksheet_write_string(ws, r, 20, "不需评估（已关闭）", text));
        else
            CHECK(worksheet_write_number(ws, r, 20, due, date));
        if (!closed && due < DUE_TODAY)
            CHECK(worksheet_write_string(ws, r, 21, "逾期未评估", red));
        else
            CHECK(worksheet_write_blank(ws, r, 21, centered));
        CHECK(worksheet_write_string(ws, r, 22, i % 10 == 0 ? "是" : "否", centered));
    }

    worksheet_freeze_panes(ws, 1, 0);
    CHECK(worksheet_autofilter(ws, 0, 0, n > 1 ? n : 1, COLUMNS - 1));
    worksheet_set_landscape(ws);
    worksheet_set_paper(ws, 9);
    worksheet_fit_to_pages(ws, 1, 0);
    CHECK(worksheet_repeat_rows(ws, 0, 0));
    CHECK(worksheet_set_footer(ws, "&C第 &P 页，共 &N 页"));
    CHECK(workbook_close(wb));
    return 0;
}
