#!/usr/bin/env python3
"""A county clerk sets up a campaign from an empty database through the web pages only (`make browser-test`).

Started by scripts/browser-test.sh with its own database (holding only the regions and the first county clerk's
account, both made by the CLI) and its own `hazchem serve`. Uses the DevTools-pipe helpers of browser_drive.py.
Every step is done by clicking and typing in the pages; sqlite3 only reads, to check what the pages stored:
  1. the clerk signs in; the to-do list (待办) asks for nothing to be visited yet;
  2. imports the county's enterprises from CSV: first a file with bad rows (the per-row error table shows and
     nothing is stored), then the fixed file;
  3. uploads a major-hazard inventory on one enterprise's page: its units with S, R and level show;
  4. adds five experts (the four specialties and a regulator, each with an employer for conflicts of interest);
  5. forms a panel (专家组) of them and schedules two visits this week (a visit to an expert's employer first:
     refused with the rule next to the field); the to-do list shows both visits without assessments;
  6. creates the two assessments from the visits (/assessments/new) and the experts' accounts (/admin/users);
     the to-do list now links the visits to their assessments and shows the reports due;
  7. the panel leader signs in and answers a few checklist items on the assessment page (autosaved);
  8. the clerk's to-do list shows the progress; the database holds every record once, with an audit row for each
     web action.
Each page is shot at desktop (1280) and tablet (800) width into browser-test/county-*.png.
"""

import argparse
import datetime
import json
import os
import shutil
import sys

from browser_drive import Flow, Page, fail, run_flow, say

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def credit_code(n):
    """A valid GB 32100 unified social credit code."""
    body = "9115222" + str(n).zfill(10)
    total = sum(ALPHABET.index(c) * w for c, w in zip(body, WEIGHTS))
    return body + ALPHABET[(31 - total % 31) % 31]


HEADER = "统一社会信用代码,企业名称,旗县市,企业类型,地址,主要负责人,联系电话,经营状态,重大危险源等级\n"
ENTERPRISES = [
    (credit_code(1), "科右前旗恒远化工有限公司", "生产"),
    (credit_code(2), "科右前旗北方石化储运有限公司", "储存"),
    (credit_code(3), "科右前旗瑞丰燃气有限公司", "经营(带储存)"),
    (credit_code(4), "科右前旗安达化学品经销部", "经营(不带储存)"),
    (credit_code(5), "科右前旗宏泰精细化工有限公司", "生产"),
    (credit_code(6), "科右前旗天成能源有限公司", "经营(不带储存)"),
]
# (name, specialty label, organisation, title, employer index into ENTERPRISES, regulator)
EXPERTS = [
    ("赵建国", "安全管理", "兴安盟安全生产协会", "高级工程师", 4, False),
    ("钱立新", "化工设计", "内蒙古化工设计院", "正高级工程师", 4, False),
    ("孙海峰", "电气仪表", "兴安盟电力设计所", "高级工程师", 5, False),
    ("李卫东", "应急救援", "兴安盟消防救援支队", "工程师", 5, False),
    ("周明", "安全管理", "科右前旗应急管理局", "科长", None, True),
]


class CountyPage(Page):
    """A tab with file uploads, selects chosen by their visible label and shots at both widths."""

    def upload(self, selector, path, what):
        found = self.send("Runtime.evaluate", {"expression": f"document.querySelector({json.dumps(selector)})"})
        handle = found.get("result", {})
        if "objectId" not in handle:
            fail(f"{self.who}：页面上找不到{what}（{selector}）")
        self.send("DOM.setFileInputFiles", {"files": [os.path.abspath(path)], "objectId": handle["objectId"]})
        if not self.js(f"document.querySelector({json.dumps(selector)}).files.length === 1"):
            fail(f"{self.who}：{what}没有选中文件 {path}")

    def choose(self, selector, label, what):
        """Selects the option whose text is `label`, or else the only one containing it."""
        value = self.js(f"""(() => {{
            const s = document.querySelector({json.dumps(selector)});
            if (!s) return null;
            const options = Array.from(s.options);
            const exact = options.filter(o => o.text.trim() === {json.dumps(label)});
            const part = options.filter(o => o.text.includes({json.dumps(label)}));
            const pick = exact.length === 1 ? exact[0] : (part.length === 1 ? part[0] : null);
            return pick ? pick.value : options.map(o => o.text.trim()).join('｜');
        }})()""")
        if value is None:
            fail(f"{self.who}：页面上找不到{what}（{selector}）")
        if not self.js(f"Array.from(document.querySelector({json.dumps(selector)}).options).some(o => o.value === {json.dumps(value)})"):
            fail(f"{self.who}：{what}中没有唯一的“{label}”选项（可选：{value}）")
        self.set_field(selector, value, what)

    def shots(self, name):
        """The whole page at 1280 and at 800 wide (county-NAME.png, county-NAME-tablet.png)."""
        for width, suffix in ((1280, ""), (800, "-tablet")):
            self.viewport(width, 900)
            height = self.js("Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)")
            overflow = self.js("document.documentElement.scrollWidth > window.innerWidth + 1")
            if overflow:
                say(f"  注意：{name} 在 {width} 宽时页面横向溢出")
            self.shot(f"county-{name}{suffix}", width, min(max(int(height), 600), 3000))


class CountyFlow(Flow):
    def __init__(self, args, browser):
        self.args = args
        self.browser = browser
        self.db = args.db
        self.today = datetime.date.today()
        args.leader_name = EXPERTS[0][0]  # the answers are checked as the leader's (Flow.answer)

    def page(self, who):
        return CountyPage(self.browser, self.args.base, self.args.out, who)

    def one(self, sql, *params):
        rows = self.query(sql, *params)
        return rows[0][0] if rows else None

    def submit(self, page, form, what):
        page.click_and_load(f'{form} button[type="submit"]', what)

    def problems(self, page):
        return page.errors_on_page()

    def no_problems(self, page, what):
        problems = self.problems(page)
        if problems:
            fail(f"{page.who}：{what}后页面显示错误：{'；'.join(problems)}")

    def todo(self, page):
        page.goto("/")
        return page.texts("#todo li")

    # Steps ------------------------------------------------------------------------------------------------

    def step_sign_in(self):
        a = self.args
        say("县级 1：旗县市应急管理局经办人登录（空数据库）")
        page = self.page(f"经办人 {a.clerk}")
        self.sign_in(page, a.clerk, a.clerk_name)
        if self.one("SELECT count(*) FROM enterprise") != 0:
            fail("县级流程应从没有企业的空数据库开始")
        items = page.texts("#todo li")
        say(f"  待办：{len(items)} 项")
        page.shots("01-home-empty")
        return page

    def step_import(self, page):
        a = self.args
        say("县级 2：导入企业名单（先有错误行，再改正）")
        bad = os.path.join(a.work, "county-enterprises-bad.csv")
        good = os.path.join(a.work, "county-enterprises.csv")
        rows = [f"{code},{name},科尔沁右翼前旗,{kind},科右前旗工业园区{i + 1}号,王{i + 1},0482-6000{i + 1:03d},在产,\n"
                for i, (code, name, kind) in enumerate(ENTERPRISES)]
        with open(good, "w", encoding="utf-8") as f:
            f.write(HEADER + "".join(rows))
        broken = list(rows)
        broken[2] = broken[2].replace(ENTERPRISES[2][0], ENTERPRISES[2][0][:-1] + "0" if ENTERPRISES[2][0][-1] != "0" else "1")
        broken.append(f"{credit_code(90)},乌兰浩特市某化工有限公司,乌兰浩特市,生产,乌兰浩特市,刘某,0482-1,在产,\n")
        with open(bad, "w", encoding="utf-8") as f:
            f.write(HEADER + "".join(broken))
        page.goto("/enterprises")
        page.click_and_load('a[href="/enterprises/import"]', "“导入企业”链接")
        page.upload('form[action="/enterprises/import"] input[name="file"]', bad, "CSV 文件选择框")
        self.submit(page, 'form[action="/enterprises/import"]', "“检查并导入”按钮")
        table = page.texts("#import-problems tbody tr")
        if len(table) < 2:
            fail(f"有错误行的文件应显示逐行错误表（至少 2 行），实际：{table}；提示：{self.problems(page)}")
        if not any("4" in r.split()[0] for r in table) or not any("8" in r.split()[0] for r in table):
            fail(f"错误表应指出第 4 行（信用代码）和第 8 行（其他旗县），实际：{table}")
        if self.one("SELECT count(*) FROM enterprise") != 0:
            fail("有错误行时不应导入任何企业")
        for row in table:
            say(f"  错误行：{row}")
        page.shots("02-import-errors")
        page.upload('form[action="/enterprises/import"] input[name="file"]', good, "CSV 文件选择框")
        self.submit(page, 'form[action="/enterprises/import"]', "“检查并导入”按钮")
        self.no_problems(page, "导入改正后的文件")
        count = self.one("SELECT count(*) FROM enterprise WHERE county_code = '152221'")
        if count != len(ENTERPRISES):
            fail(f"导入后应有 {len(ENTERPRISES)} 家企业，实际 {count}")
        say(f"  导入 {count} 家企业：{page.text('.notice') or page.path()}")
        page.shots("03-import-done")
        page.goto("/enterprises")
        page.shots("04-enterprises")

    def step_inventory(self, page):
        say("县级 3：上传重大危险源清单")
        code, name, _ = ENTERPRISES[0]
        self.enterprise_ids = [self.one("SELECT id FROM enterprise WHERE credit_code = ?", c) for c, _, _ in ENTERPRISES]
        page.goto(f"/enterprises/{self.enterprise_ids[0]}")
        page.upload('form[action$="/inventory"] input[name="file"]', "Checklists/examples/mhi/inventory.csv",
                    "重大危险源清单文件选择框")
        self.submit(page, 'form[action$="/inventory"]', "“上传并计算”按钮")
        self.no_problems(page, "上传重大危险源清单")
        units = self.one("SELECT count(*) FROM hazard_unit WHERE enterprise_id = ?", self.enterprise_ids[0])
        body = page.text("#units") or page.text("main")
        if not units or "R" not in body or "级" not in body:
            fail(f"上传清单后企业页应显示各单元的 S、R 和等级（单元 {units}）：{body[:200]}")
        say(f"  {name}：{units} 个单元，页面显示 S、R 和等级")
        page.shots("05-enterprise-inventory")

    def step_experts(self, page):
        say("县级 4：添加专家（四个专业和一名安全监管人员）")
        for name, specialty, organisation, title, employer, regulator in EXPERTS:
            page.goto("/experts/new")
            form = 'form[action="/experts"]'
            page.type(f'{form} input[name="name"]', name, "姓名")
            page.choose(f'{form} select[name="specialty"]', specialty, "专业")
            page.type(f'{form} input[name="organisation"]', organisation, "单位")
            page.type(f'{form} input[name="title"]', title, "职称")
            if employer is not None:
                page.type(f'{form} input[name="employer"]', ENTERPRISES[employer][0], "任职企业的统一社会信用代码")
            if regulator:
                page.click(f'{form} input[name="regulator"]', "“安全监管人员”复选框")
            if name == EXPERTS[0][0]:
                page.shots("06-expert-form")
            self.submit(page, form, "“保存”按钮")
            self.no_problems(page, f"保存专家 {name}")
        count = self.one("SELECT count(*) FROM expert")
        if count != len(EXPERTS):
            fail(f"应有 {len(EXPERTS)} 名专家，实际 {count}")
        self.expert_ids = {name: self.one("SELECT id FROM expert WHERE name = ?", name) for name, *_ in EXPERTS}
        page.goto("/experts")
        page.shots("07-experts")

    def step_panel(self, page):
        say("县级 5：组建专家组并安排两次现场评估")
        page.goto("/panels/new")
        form = 'form[action="/panels"]'
        page.type(f'{form} input[name="name"]', "科右前旗第一评估组", "专家组名称")
        page.choose(f'{form} select[name="leader"]', EXPERTS[0][0], "组长")
        for name, specialty in ((EXPERTS[1][0], "chemicalDesign"), (EXPERTS[2][0], "electricalInstrumentation"),
                                (EXPERTS[3][0], "emergencyRescue")):
            page.choose(f'{form} select[name="member-{specialty}"]', name, f"{specialty} 成员")
        page.choose(f'{form} select[name="regulator"]', EXPERTS[4][0], "安全监管人员")
        page.shots("08-panel-form")
        self.submit(page, form, "“组建”按钮")
        self.no_problems(page, "组建专家组")
        self.panel_id = self.one("SELECT id FROM panel WHERE name = '科右前旗第一评估组'")
        if not self.panel_id or not page.path().startswith(f"/panels/{self.panel_id}"):
            fail(f"组建后应进入专家组页面，实际 {page.path()}（专家组 {self.panel_id}）")
        members = self.one("SELECT count(*) FROM panel_member WHERE panel_id = ?", self.panel_id)
        if members != len(EXPERTS):
            fail(f"专家组应有 {len(EXPERTS)} 名成员，实际 {members}")
        week_start = self.today - datetime.timedelta(days=self.today.weekday())
        first = self.today if self.today.weekday() < 6 else self.today - datetime.timedelta(days=1)
        second = first + datetime.timedelta(days=1)
        self.visit_dates = [(first, first), (second, second)]
        assert week_start <= first and second <= week_start + datetime.timedelta(days=6)
        # A visit to an expert's employer: refused, with the conflict of interest next to the field.
        self.schedule(page, ENTERPRISES[4][1], first)
        errors = self.problems(page)
        if not errors or self.one("SELECT count(*) FROM panel_visit") != 0:
            fail(f"安排到专家任职企业的现场评估应被拒绝并显示原因，实际提示：{errors}")
        say(f"  利益冲突：{'；'.join(errors)}")
        page.shots("09-panel-visit-conflict")
        for index, (start, _) in zip((0, 3), self.visit_dates):
            self.schedule(page, ENTERPRISES[index][1], start)
            self.no_problems(page, f"安排 {ENTERPRISES[index][1]} 的现场评估")
        visits = self.query("SELECT id, enterprise_id FROM panel_visit WHERE panel_id = ? ORDER BY on_site_start",
                            self.panel_id)
        if [e for _, e in visits] != [self.enterprise_ids[0], self.enterprise_ids[3]]:
            fail(f"专家组应安排两次现场评估，实际 {visits}")
        self.visit_ids = [v for v, _ in visits]
        page.goto(f"/panels/{self.panel_id}")
        page.shots("10-panel-visits")
        items = self.todo(page)
        pending = [i for i in items if "尚未建立评估" in i]
        if len(pending) != 2:
            fail(f"待办中应有两次尚未建立评估的现场评估，实际：{items}")
        say(f"  待办：{'；'.join(pending)}")
        page.shots("11-home-visits")

    def schedule(self, page, enterprise, day):
        form = f'form[action="/panels/{self.panel_id}/visits"]'
        page.choose(f'{form} select[name="enterprise"]', enterprise, "被评估企业")
        page.set_field(f'{form} input[name="start"]', day.isoformat(), "现场评估开始日期")
        page.set_field(f'{form} input[name="end"]', day.isoformat(), "现场评估结束日期")
        self.submit(page, form, "“安排”按钮")

    def step_assessments(self, page):
        say("县级 6：由现场评估安排创建评估，为专家创建账号")
        self.assessment_ids = []
        for index, visit in zip((0, 3), self.visit_ids):
            page.goto("/assessments/new")
            form = 'form[action="/assessments/new"]'
            page.set_field(f'{form} select[name="visit"]', str(visit), "现场评估安排")
            if not self.assessment_ids:
                page.shots("12-assessment-new")
            self.submit(page, form, "“创建评估”按钮")
            self.no_problems(page, f"为 {ENTERPRISES[index][1]} 创建评估")
            assessment = self.one("SELECT assessment_id FROM panel_visit WHERE id = ?", visit)
            if not assessment or not page.path().startswith(f"/assessments/{assessment}"):
                fail(f"创建评估后应进入评估页面，实际 {page.path()}（评估 {assessment}）")
            self.assessment_ids.append(assessment)
        for (name, _, _, _, _, regulator), n in zip(EXPERTS, range(1, 10)):
            page.goto("/admin/users/new")
            form = 'form[action="/admin/users"]'
            page.type(f'{form} input[name="username"]', f"kyqq-expert{n}", "用户名")
            page.type(f'{form} input[name="displayName"]', name, "姓名")
            page.set_field(f'{form} select[name="role"]', "regulator" if regulator else "expert", "角色")
            page.set_field(f'{form} select[name="expert"]', str(self.expert_ids[name]), "关联专家")
            page.type(f'{form} input[name="password"]', self.args.password, "密码")
            page.type(f'{form} input[name="passwordConfirm"]', self.args.password, "确认密码")
            if n == 1:
                page.shots("13-user-form")
            self.submit(page, form, "“保存”按钮")
            self.no_problems(page, f"创建 {name} 的账号")
        accounts = self.one("SELECT count(*) FROM app_user WHERE expert_id IS NOT NULL")
        if accounts != len(EXPERTS):
            fail(f"应为 {len(EXPERTS)} 名专家创建账号，实际 {accounts}")
        page.goto("/admin/users")
        page.shots("14-users")
        items = self.todo(page)
        linked = page.js("Array.from(document.querySelectorAll('#todo li a'), a => a.getAttribute('href'))")
        for assessment in self.assessment_ids:
            if f"/assessments/{assessment}" not in linked:
                fail(f"创建评估后待办应链接到 /assessments/{assessment}，实际链接：{linked}")
        if any("尚未建立评估" in i for i in items):
            fail(f"创建评估后待办中不应再有“尚未建立评估”：{items}")
        say(f"  待办：{'；'.join(items)}")
        page.shots("15-home-assessments")
        return items

    def step_expert(self):
        say("县级 7：组长登录并在评估页面填写检查项")
        leader = self.page("组长 kyqq-expert1")
        self.sign_in(leader, "kyqq-expert1", EXPERTS[0][0])
        assessment = self.assessment_ids[0]
        leader.goto(f"/assessments/{assessment}")
        items = leader.js("Array.from(document.querySelectorAll('[id^=\"item-\"] form[data-autosave]'), "
                          "f => f.closest('[id^=\"item-\"]').id.slice(5)).slice(0, 3)")
        if len(items) < 3:
            fail(f"组长在评估页面上应能填写检查项，实际可填写 {items}")
        for item in items[:2]:
            self.answer(leader, item, "conforming")
        self.answer(leader, items[2], "nonConforming", "未按规定配备专职安全管理人员", "安全管理部")
        leader.reload()
        rows = self.query("SELECT item_id, response, count(*) FROM checklist_response WHERE assessment_id = ? "
                          "AND response <> 'notChecked' GROUP BY item_id ORDER BY item_id", assessment)
        stored = {item: (response, count) for item, response, count in rows}
        expected = {items[0]: "conforming", items[1]: "conforming", items[2]: "nonConforming"}
        for item, response in expected.items():
            if stored.get(item) != (response, 1):
                fail(f"检查项 {item} 应只保存一次“{response}”，实际 {stored.get(item)}")
        if len(stored) != 3:
            fail(f"评估 {assessment} 应只有 3 项已填写，实际 {stored}")
        audited = self.one("SELECT count(DISTINCT entity_id) FROM audit_log WHERE user = 'kyqq-expert1' "
                           "AND entity = 'checklist_response' AND action = 'respond'")
        if audited != 3:
            fail(f"审计日志中应有组长对 3 个检查项的填写记录，实际 {audited} 项")
        say(f"  已填写并保存：{', '.join(f'{i}={r}' for i, r in expected.items())}")
        leader.shots("16-expert-assessment")
        leader.close()
        self.answered = items

    def step_after(self, page, before):
        say("县级 8：经办人的待办随评估进展变化；数据库核对")
        items = self.todo(page)
        if items == before:
            fail(f"专家填写后经办人的待办应有变化，实际不变：{items}")
        progress = [i for i in items if ENTERPRISES[0][1] in i and "已填写" in i]
        if not progress:
            fail(f"待办中 {ENTERPRISES[0][1]} 的现场评估应显示填写进度，实际：{items}")
        say(f"  待办：{'；'.join(progress)}")
        page.shots("17-home-progress")
        checks = {
            "enterprise": "SELECT count(*) FROM enterprise",
            "hazard_unit": "SELECT count(*) FROM hazard_unit",
            "expert": "SELECT count(*) FROM expert",
            "panel": "SELECT count(*) FROM panel",
            "panel_visit": "SELECT count(*) FROM panel_visit WHERE assessment_id IS NOT NULL",
            "assessment": "SELECT count(*) FROM assessment",
        }
        figures = {table: self.one(sql) for table, sql in checks.items()}
        wanted = {"enterprise": len(ENTERPRISES), "expert": len(EXPERTS), "panel": 1, "panel_visit": 2,
                  "assessment": 2}
        for table, count in wanted.items():
            if figures[table] != count:
                fail(f"数据库中 {table} 应有 {count} 行，实际 {figures[table]}")
        actions = [r[0] for r in self.query("SELECT DISTINCT entity || ':' || action FROM audit_log WHERE user = ?", self.args.clerk)]
        say(f"  数据库：{figures}；经办人的审计操作：{'、'.join(sorted(actions))}")
        return actions

    def run(self):
        clerk = self.step_sign_in()
        self.step_import(clerk)
        self.step_inventory(clerk)
        self.step_experts(clerk)
        self.step_panel(clerk)
        before = self.step_assessments(clerk)
        self.step_expert()
        self.step_after(clerk, before)
        clerk.close()
        if self.browser.script_errors:
            fail("页面脚本出错：" + "；".join(self.browser.script_errors))


def main():
    parser = argparse.ArgumentParser(description="县级经办人从空数据库开始，只用网页完成评估准备（无界面 chromium）")
    parser.add_argument("--base", required=True)
    parser.add_argument("--db", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--chromium", default=shutil.which("chromium") or "chromium")
    parser.add_argument("--password", required=True)
    parser.add_argument("--clerk", required=True, help="the county clerk's user name")
    parser.add_argument("--clerk-name", required=True)
    args = parser.parse_args()
    return run_flow(
        CountyFlow, args, log="county-chromium.log", failed="县级浏览器测试失败", done="县级浏览器流程完成")


if __name__ == "__main__":
    sys.exit(main())
