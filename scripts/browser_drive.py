#!/usr/bin/env python3
"""Drives headless Chromium through the HazChem web app with the Chrome DevTools Protocol (`make browser-test`).

Started by scripts/browser-test.sh once the demo database is built and `hazchem serve` listens. Python 3 standard
library only: Chromium runs with --remote-debugging-pipe and reads CDP commands on fd 3 and writes answers and
events on fd 4, each message JSON ended by a NUL byte. Every user works in a fresh browser context (own cookies)
and signs in through the real form; fields are typed with Input.insertText, controls clicked with mouse events
at the element's centre (after checking that nothing covers it); only date inputs and selects are set by script.

Steps (each one stops the run with a Chinese message when it does not hold):
  1. the panel leader signs in (a wrong password first: the error is shown on the form), lands on the home page;
  2. on the assessment page answers checklist items of their own sections (one 不符合 with finding and location),
     waits for each autosave, checks the rows and the audit log in the database and the re-scored grading panel;
  3. reloads: the answers are still there, and so is the new score;
  4. confirms the pre-filled grading answers, writes the risk texts when the grade needs them, submits; every
     panel expert signs in their own context; the county bureau records the disposition;
  5. the prefecture bureau signs in: the dashboard counts the signed assessment, the hazard ledger lists the new
     hazard, the monthly review counts it in its month.
Then the remaining pages are shot as signed-in users through /dev-login (one context each), and page script
errors anywhere fail the run.
"""

import argparse
import base64
import fcntl
import json
import os
import select
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.parse


class Failure(Exception):
    """A step that does not hold; the message is shown to the user."""


def fail(message):
    raise Failure(message)


def say(message):
    print(message, flush=True)


class Browser:
    """Headless Chromium and its DevTools pipe."""

    INTERESTING = {"Page.loadEventFired", "Page.javascriptDialogOpening", "Inspector.targetCrashed"}

    def __init__(self, executable, profile, log_path):
        commands_read, self.commands = os.pipe()
        self.answers, answers_write = os.pipe()
        # The shell moves the child's ends to fds 3 and 4; high numbers first, so neither redirection clobbers the other.
        child_read = fcntl.fcntl(commands_read, fcntl.F_DUPFD, 10)
        child_write = fcntl.fcntl(answers_write, fcntl.F_DUPFD, 10)
        os.close(commands_read)
        os.close(answers_write)
        flags = [
            "--headless", "--disable-gpu", "--remote-debugging-pipe", f"--user-data-dir={profile}",
            "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-extensions", "--disable-default-apps",
            "--metrics-recording-only", "--hide-scrollbars", "--mute-audio", "--lang=zh-CN",
            "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1", "about:blank",
        ]
        if os.geteuid() == 0:
            flags.insert(0, "--no-sandbox")
        self.log = open(log_path, "ab")
        script = f'exec 3<&{child_read} 4>&{child_write} {child_read}<&- {child_write}>&-; exec "$@"'
        self.process = subprocess.Popen(
            ["bash", "-c", script, "chromium", executable, *flags], pass_fds=(child_read, child_write),
            stdin=subprocess.DEVNULL, stdout=self.log, stderr=self.log,
            # Chromium on Linux takes its interface language (选择文件, the 年/月/日 of date fields) from the
            # environment, not from --lang; the strings come from the chromium-l10n package.
            env={**os.environ, "LANGUAGE": "zh_CN", "LANG": "zh_CN.UTF-8"})
        os.close(child_read)
        os.close(child_write)
        self.buffer = b""
        self.next_id = 0
        self.events = []
        self.script_errors = []

    def close(self):
        try:
            self.send("Browser.close", timeout=5)
        except Failure:
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        for fd in (self.commands, self.answers):
            try:
                os.close(fd)
            except OSError:
                pass
        self.log.close()

    def _read(self, deadline):
        """The next message, or None when the deadline passes first."""
        while b"\0" not in self.buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            ready, _, _ = select.select([self.answers], [], [], left)
            if ready:
                chunk = os.read(self.answers, 1 << 20)
                if not chunk:
                    fail("chromium 意外退出（日志见 browser-test/work/chromium.log）")
                self.buffer += chunk
        message, _, self.buffer = self.buffer.partition(b"\0")
        return json.loads(message)

    def _keep(self, message):
        method = message.get("method")
        if method == "Runtime.exceptionThrown":
            details = message["params"]["exceptionDetails"]
            text = details.get("exception", {}).get("description") or details.get("text", "")
            self.script_errors.append(f"{details.get('url', '')}:{details.get('lineNumber', 0) + 1} {text}")
        elif method in self.INTERESTING:
            self.events.append(message)

    def send(self, method, params=None, session=None, timeout=30):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        data = json.dumps(message).encode() + b"\0"
        while data:
            data = data[os.write(self.commands, data):]
        deadline = time.monotonic() + timeout
        while True:
            answer = self._read(deadline)
            if answer is None:
                fail(f"浏览器在 {timeout} 秒内没有回应 {method}")
            if answer.get("id") == self.next_id:
                if "error" in answer:
                    fail(f"浏览器拒绝了 {method}：{answer['error'].get('message')}")
                return answer.get("result", {})
            self._keep(answer)

    def forget(self, method, session):
        self.events = [e for e in self.events if not (e["method"] == method and e.get("sessionId") == session)]

    def wait_event(self, method, session, timeout):
        deadline = time.monotonic() + timeout
        while True:
            for index, event in enumerate(self.events):
                if event.get("sessionId") != session:
                    continue
                if event["method"] == "Page.javascriptDialogOpening":
                    fail(f"页面弹出了对话框：{event['params'].get('message') or event['params'].get('type')}")
                if event["method"] == "Inspector.targetCrashed":
                    fail("页面进程崩溃")
                if event["method"] == method:
                    del self.events[index]
                    return event
            message = self._read(deadline)
            if message is None:
                return None
            self._keep(message)


class Page:
    """One tab in its own browser context (its own cookies: one signed-in user)."""

    def __init__(self, browser, base, out, who):
        self.browser = browser
        self.base = base
        self.out = out
        self.who = who
        self.context = browser.send("Target.createBrowserContext")["browserContextId"]
        target = browser.send("Target.createTarget", {"url": "about:blank", "browserContextId": self.context})
        self.session = browser.send("Target.attachToTarget", {"targetId": target["targetId"], "flatten": True})[
            "sessionId"]
        self.send("Page.enable")
        self.send("Runtime.enable")
        self.send("Emulation.setLocaleOverride", {"locale": "zh-CN"})
        self.send("Emulation.setTimezoneOverride", {"timezoneId": "Asia/Shanghai"})
        self.viewport(1280, 900)

    def close(self):
        self.browser.send("Target.disposeBrowserContext", {"browserContextId": self.context})

    def send(self, method, params=None, timeout=30):
        return self.browser.send(method, params, self.session, timeout)

    def viewport(self, width, height):
        self.send("Emulation.setDeviceMetricsOverride",
                  {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})

    def js(self, expression):
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": True})
        if "exceptionDetails" in result:
            details = result["exceptionDetails"]
            fail(f"页面内脚本出错：{details.get('exception', {}).get('description') or details.get('text')}")
        return result["result"].get("value")

    def path(self):
        return self.js("location.pathname + location.search")

    def _loaded(self, what):
        if self.browser.wait_event("Page.loadEventFired", self.session, 30) is None:
            fail(f"{self.who}：{what}后 30 秒内页面没有加载完成")
        self.js("document.fonts.ready.then(() => true)")

    def goto(self, path):
        self.browser.forget("Page.loadEventFired", self.session)
        result = self.send("Page.navigate", {"url": self.base + path})
        if result.get("errorText"):
            fail(f"{self.who}：打开 {path} 失败：{result['errorText']}")
        self._loaded(f"打开 {path} ")

    def reload(self, ignore_cache=True):
        """Reloads; ignoring the cache also bypasses a service worker (as Shift+reload does)."""
        self.browser.forget("Page.loadEventFired", self.session)
        self.send("Page.reload", {"ignoreCache": ignore_cache})
        self._loaded("刷新页面")

    def wait_for(self, condition, timeout, what):
        deadline = time.monotonic() + timeout
        while True:
            if self.js(condition):
                return
            if time.monotonic() > deadline:
                fail(f"{self.who}：等待 {timeout} 秒仍未{what}")
            time.sleep(0.1)

    def exists(self, selector):
        return self.js(f"document.querySelector({json.dumps(selector)}) !== null")

    def text(self, selector):
        return self.js(f"(document.querySelector({json.dumps(selector)}) || {{}}).innerText || ''").strip()

    def texts(self, selector):
        return self.js(f"Array.from(document.querySelectorAll({json.dumps(selector)}), e => e.innerText.trim())")

    def value(self, selector):
        return self.js(f"(document.querySelector({json.dumps(selector)}) || {{}}).value")

    def click(self, selector, what):
        """A real mouse click at the centre of the element, after scrolling it into view."""
        point = self.js(f"""(() => {{
            const e = document.querySelector({json.dumps(selector)});
            if (!e) return null;
            e.scrollIntoView({{block: 'center', inline: 'center'}});
            const r = e.getBoundingClientRect();
            const x = r.left + r.width / 2, y = r.top + r.height / 2;
            const hit = document.elementFromPoint(x, y);
            return [x, y, r.width > 0 && r.height > 0, hit === e || e.contains(hit) || (hit && hit.control === e),
                    hit ? hit.outerHTML.slice(0, 80) : ''];
        }})()""")
        if point is None:
            fail(f"{self.who}：页面上找不到{what}（{selector}）")
        x, y, visible, reachable, cover = point
        if not visible:
            fail(f"{self.who}：{what}不可见（{selector}）")
        if not reachable:
            fail(f"{self.who}：{what}被其他元素遮挡，无法点击（{cover}）")
        for kind in ("mouseMoved", "mousePressed", "mouseReleased"):
            self.send("Input.dispatchMouseEvent",
                      {"type": kind, "x": x, "y": y, "button": "left" if kind != "mouseMoved" else "none",
                       "clickCount": 1})

    def click_and_load(self, selector, what):
        self.browser.forget("Page.loadEventFired", self.session)
        self.click(selector, what)
        self._loaded(f"点击{what}")

    def type(self, selector, text, what):
        """Clicks into the field, selects what it holds and types `text` over it."""
        self.click(selector, what)
        if not self.js(f"document.activeElement === document.querySelector({json.dumps(selector)})"):
            fail(f"{self.who}：点击{what}后输入焦点不在该字段上")
        self.js("document.activeElement.select && document.activeElement.select()")
        self.send("Input.insertText", {"text": text})
        if self.value(selector) != text:
            fail(f"{self.who}：{what}中输入的内容没有出现在字段里")

    def set_field(self, selector, value, what):
        """Date inputs and selects: set by script (their pickers are not part of the page), with the events."""
        found = self.js(f"""(() => {{
            const e = document.querySelector({json.dumps(selector)});
            if (!e) return false;
            e.value = {json.dumps(value)};
            e.dispatchEvent(new Event('input', {{bubbles: true}}));
            e.dispatchEvent(new Event('change', {{bubbles: true}}));
            return e.value === {json.dumps(value)};
        }})()""")
        if not found:
            fail(f"{self.who}：无法把{what}设为“{value}”（{selector}）")

    def shot(self, name, width, height, scroll_to=None):
        self.viewport(width, height)
        if scroll_to:
            if not self.js(f"""(() => {{ const e = document.querySelector({json.dumps(scroll_to)});
                if (!e) return false; e.scrollIntoView({{block: 'start'}}); window.scrollBy(0, -12); return true; }})()"""):
                fail(f"{self.who}：截图 {name} 时找不到 {scroll_to}")
        else:
            self.js("window.scrollTo(0, 0)")
        self.js("document.fonts.ready.then(() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r))))")
        data = self.send("Page.captureScreenshot", {"format": "png"})["data"]
        path = os.path.join(self.out, name + ".png")
        with open(path, "wb") as file:
            file.write(base64.b64decode(data))
        say(f"截图：{path}")

    def errors_on_page(self, scope=""):
        return self.texts(f"{scope} .error, {scope} .field-error".strip())


class Flow:
    def __init__(self, args, browser):
        self.args = args
        self.browser = browser
        self.db = args.db
        self.assessment_path = f"/assessments/{args.assessment}"

    def page(self, who):
        return Page(self.browser, self.args.base, self.args.out, who)

    def query(self, sql, *params):
        connection = sqlite3.connect(f"file:{self.db}?mode=ro", uri=True, timeout=10)
        try:
            return connection.execute(sql, params).fetchall()
        finally:
            connection.close()

    def sign_in(self, page, user, display):
        page.goto("/login")
        page.type('input[name="username"]', user, "用户名输入框")
        page.type('input[name="password"]', self.args.password, "密码输入框")
        page.click_and_load('form[action="/login"] button[type="submit"]', "登录按钮")
        if page.path().startswith("/login"):
            fail(f"{page.who}：用表单登录后仍停留在登录页：{' '.join(page.errors_on_page()) or '无错误提示'}")
        if display not in page.text("header, nav, body"):
            fail(f"{page.who}：登录后的页面上没有显示用户姓名“{display}”")

    def county_row(self, page, county):
        """The dashboard row of `county`: assessed count and the grade columns."""
        row = page.js(f"""(() => {{
            const heads = Array.from(document.querySelectorAll('table.grid thead tr:nth-child(2) th'), e => e.innerText.trim());
            for (const tr of document.querySelectorAll('table.grid tbody tr')) {{
                const th = tr.querySelector('th');
                if (!th || th.innerText.trim() !== {json.dumps(county)}) continue;
                return {{heads, cells: Array.from(tr.querySelectorAll('td'), e => e.innerText.trim())}};
            }}
            return null;
        }})()""")
        if row is None:
            fail(f"{page.who}：首页的旗县市统计表中没有“{county}”这一行")
        cells = row["cells"]
        assessed = int(cells[8].split("/")[0])
        grades = dict(zip(row["heads"][7:11], (int(c) for c in cells[10:14])))
        return assessed, grades

    # Step 1 ------------------------------------------------------------------------------------------------

    def step_sign_in(self):
        a = self.args
        say("步骤 1：组长通过登录表单登录")
        page = self.page(f"组长 {a.leader}")
        page.goto("/login")
        page.type('input[name="username"]', a.leader, "用户名输入框")
        page.type('input[name="password"]', "wrong-" + a.password, "密码输入框")
        page.click_and_load('form[action="/login"] button[type="submit"]', "登录按钮")
        message = " ".join(page.texts(".error"))
        if not page.path().startswith("/login") or "密码" not in message:
            fail(f"密码错误时登录页应显示错误提示，实际页面 {page.path()}，提示“{message}”")
        say(f"  密码错误：{message}")
        page.shot("01-login-wrong-password", 1280, 800)
        page.type('input[name="password"]', a.password, "密码输入框")
        page.click_and_load('form[action="/login"] button[type="submit"]', "登录按钮")
        if page.path() != "/":
            fail(f"组长登录后应进入首页，实际为 {page.path()}：{' '.join(page.errors_on_page())}")
        if a.leader_name not in page.text("header"):
            fail(f"组长登录后页眉中没有显示姓名“{a.leader_name}”")
        say("  登录成功，进入首页")
        page.shot("02-leader-home", 1280, 1000)
        return page

    # Step 2 ------------------------------------------------------------------------------------------------

    def item_selector(self, item):
        return f"#item-{item}"

    def save_state_ok(self, item):
        form = json.dumps(f"{self.item_selector(item)} form[data-autosave]")
        return f"""(() => {{ const f = document.querySelector({form}); if (!f) return false;
            const s = f.querySelector('.save-state').textContent;
            return s.startsWith('已保存') && !f.dataset.saving && !f.dataset.again; }})()"""

    def mark_unsaved(self, page, item):
        """Empties the item's save note, so the next 已保存 is the page's answer to what follows."""
        page.js(f"document.querySelector({json.dumps(self.item_selector(item) + ' .save-state')}).textContent = ''")

    def wait_saved(self, page, item):
        page.wait_for(self.save_state_ok(item), 15, f"显示检查项 {item} 已保存")
        problems = page.texts(f"{self.item_selector(item)} .field-error")
        if problems:
            fail(f"检查项 {item} 保存后显示错误：{'；'.join(problems)}")

    def answer(self, page, item, response, finding=None, location=None):
        selector = self.item_selector(item)
        if not page.exists(f"{selector} form[data-autosave]"):
            fail(f"组长在检查项 {item} 上没有可填写的表单（只读：{page.text(selector + ' .readonly-note')}）")
        if not page.js(f"document.querySelector({json.dumps(selector)}).closest('details').open"):
            section = page.js(f"document.querySelector({json.dumps(selector)}).closest('details').id")
            page.click(f"#{section} > summary", f"检查表第 {section} 部分的标题")
            page.wait_for(f"document.querySelector({json.dumps('#' + section)}).open", 5, f"展开 {section}")
        self.mark_unsaved(page, item)
        page.click(f'{selector} input[name="response"][value="{response}"]', f"检查项 {item} 的选项 {response}")
        self.wait_saved(page, item)
        if finding is not None:
            self.mark_unsaved(page, item)
            page.type(f'{selector} textarea[name="finding"]', finding, f"检查项 {item} 的问题描述")
            page.type(f'{selector} input[name="location"]', location, f"检查项 {item} 的部位")
            page.click(f"{selector} .item-head", f"检查项 {item} 的标题")  # leaves the field: change → autosave
            self.wait_saved(page, item)
        state = page.text(f"{selector} .save-state")
        expected_by = f"填写人：{self.args.leader_name}"
        try:
            page.wait_for(f"document.querySelector({json.dumps(selector + ' .filled-by')}).textContent === "
                          f"{json.dumps(expected_by)}", 5, f"检查项 {item} 显示填写人")
        except Failure:
            pass
        filled_by = page.text(f"{selector} .filled-by")
        if filled_by != expected_by:
            foot = page.js(f"document.querySelector({json.dumps(selector)}).outerHTML.slice(0, 4000)")
            say(f"  检查项 {item} 的页面内容：{foot}\n  脚本错误：{self.browser.script_errors}")
            fail(f"检查项 {item} 保存后显示的填写人为“{filled_by}”，应为 {self.args.leader_name}")
        label = page.js(f"document.querySelector({json.dumps(selector)} + ' input[name=response]:checked').parentElement.innerText")
        say(f"  {item}：{label.strip()}{'，' + finding + '，部位 ' + location if finding else ''} —— 页面显示“{state}”")

    def score(self, page):
        return page.text("#score-panel .score-total .value"), page.text("#score-panel .grade, #score-panel .badge")

    def step_enter(self, page):
        a = self.args
        say("步骤 2：组长在评估页面逐项填写检查表（自动保存）")
        page.goto(self.assessment_path)
        page.viewport(1400, 1400)
        before_score = self.score(page)
        before_totals = page.text("#checklist-totals")
        before_audit = self.query("SELECT count(*) FROM audit_log WHERE user = ?", a.leader)[0][0]
        bad = a.nonconforming_item
        rule = page.js(f"""(() => {{ const m = document.querySelector({json.dumps(self.item_selector(bad))})
            .innerText.match(/关联评分：\\s*([0-9.]+)/); return m ? m[1] : null; }})()""")
        self.answer(page, bad, "nonConforming", a.finding, a.location)
        for item in a.conforming_items:
            self.answer(page, item, "conforming")
        after_score = self.score(page)
        after_totals = page.text("#checklist-totals")
        say(f"  检查表：{before_totals} → {after_totals}；诊断分级表：{' '.join(before_score)} → {' '.join(after_score)}")
        if after_totals == before_totals:
            fail("保存后检查表的已查/不符合统计没有更新")
        panel = page.text("#score-panel")
        if rule:
            if after_score == before_score:
                fail(f"{bad} 不符合（关联评分 {rule}）后诊断分级表的总分和等级没有变化")
            if rule not in panel or "预填" not in panel:
                fail(f"诊断分级表中没有出现 {bad} 关联的预填评分项 {rule}")
        page.shot("03-assessment-entered", 1400, 1500, scroll_to=self.item_selector(bad))

        # The rows as the page left them, written by the web user; the audit log names them.
        items = [bad] + a.conforming_items
        rows = {r[0]: r[1:] for r in self.query(
            f"""SELECT r.item_id, r.response, r.finding, r.location, e.name FROM checklist_response r
                LEFT JOIN expert e ON e.id = r.expert_id
                WHERE r.assessment_id = ? AND r.item_id IN ({','.join('?' * len(items))})""",
            a.assessment, *items)}
        expected = {bad: ("nonConforming", a.finding, a.location)}
        expected.update({item: ("conforming", "", "") for item in a.conforming_items})
        for item in items:
            row = rows.get(item)
            if row is None:
                fail(f"数据库中没有检查项 {item} 的记录")
            if row[:3] != expected[item] or row[3] != a.leader_name:
                fail(f"数据库中检查项 {item} 的记录不对：{row}，应为 {expected[item]}，填写人 {a.leader_name}")
        audit = self.query(
            """SELECT entity, entity_id FROM audit_log WHERE user = ? AND entity = 'checklist_response'
               ORDER BY id""", a.leader)
        logged = {item for item in items if any(entity_id and entity_id.endswith(item) for _, entity_id in audit)}
        if logged != set(items):
            fail(f"审计日志中缺少用户 {a.leader} 对检查项 {sorted(set(items) - logged)} 的记录")
        total_audit = self.query("SELECT count(*) FROM audit_log WHERE user = ?", a.leader)[0][0]
        say(f"  数据库：{len(items)} 项已按页面输入保存，填写人 {a.leader_name}；审计日志新增 {total_audit - before_audit} 行（用户 {a.leader}）")
        return after_score, after_totals, rule

    # Step 3 ------------------------------------------------------------------------------------------------

    def step_reload(self, page, score, totals, rule):
        a = self.args
        say("步骤 3：刷新页面，核对答案已保存")
        page.reload()
        shown = {}
        for item in [a.nonconforming_item] + a.conforming_items:
            shown[item] = page.value(f'{self.item_selector(item)} input[name="response"]:checked')
        expected = {a.nonconforming_item: "nonConforming", **{item: "conforming" for item in a.conforming_items}}
        if shown != expected:
            fail(f"刷新后页面显示的检查结果 {shown} 与填写的 {expected} 不一致")
        finding = page.value(f'{self.item_selector(a.nonconforming_item)} textarea[name="finding"]')
        location = page.value(f'{self.item_selector(a.nonconforming_item)} input[name="location"]')
        if (finding, location) != (a.finding, a.location):
            fail(f"刷新后 {a.nonconforming_item} 的问题描述或部位不对：“{finding}”“{location}”")
        if "resp-nonConforming" not in page.js(
                f"document.querySelector({json.dumps(self.item_selector(a.nonconforming_item))}).className"):
            fail(f"刷新后 {a.nonconforming_item} 没有按不符合项标示")
        now = self.score(page)
        if now != score or page.text("#checklist-totals") != totals:
            fail(f"刷新后诊断分级表或统计与保存时不同：{now} {page.text('#checklist-totals')}，保存时 {score} {totals}")
        if rule and rule not in page.text("#answers"):
            fail(f"刷新后评分答案表中没有 {rule}")
        say(f"  答案、问题描述和部位均已保存；服务器计算的得分 {' '.join(now)}，{totals}")
        page.shot("04-assessment-reloaded", 1400, 1300, scroll_to="#checklist")

    # Step 4 ------------------------------------------------------------------------------------------------

    def lifecycle_errors(self, page):
        return page.texts("#lifecycle .error") + page.texts("#risk .error") + page.texts("#answers .error")

    def step_submit(self, page):
        a = self.args
        say("步骤 4：确认评分答案、填写风险描述、提交并由专家组全体签名")
        confirm = f'form[action="{self.assessment_path}/answers/confirm"] button'
        if page.exists(confirm):
            label = page.text(confirm)
            page.click_and_load(confirm, "“确认全部预填答案”按钮")
            if page.exists(confirm) or page.errors_on_page("#answers"):
                fail(f"确认预填答案后仍有未确认的答案：{' '.join(page.errors_on_page('#answers'))}")
            say(f"  组长点击“{label}”")
        if page.exists("#risk form.required"):
            names = page.js("""Array.from(document.querySelectorAll('#risk form.required textarea'))
                .map(e => e.name).filter(n => n !== 'notRectifiable')""")
            for name in names:
                page.type(f'#risk textarea[name="{name}"]', a.risk_text[name], f"风险描述“{name}”")
            page.click_and_load(f'form[action="{self.assessment_path}/risk"] button[type="submit"]', "“保存风险描述”按钮")
            if page.texts("#risk .error"):
                fail(f"保存风险描述失败：{'；'.join(page.texts('#risk .error'))}")
            say(f"  等级为{self.score(page)[1]}，组长填写并保存风险描述 {len(names)} 项")
        conclusion = "专家组经现场检查，认为企业存在液氯储存和特殊作业管理方面的隐患，建议按隐患清单限期整改并复查。"
        page.type('#conclusion textarea[name="conclusion"]', conclusion, "专家组综合意见")
        page.click_and_load(f'form[action="{self.assessment_path}/conclusion"] button[type="submit"]', "“保存综合意见”按钮")
        if page.texts("#conclusion .error"):
            fail(f"保存专家组综合意见失败：{'；'.join(page.texts('#conclusion .error'))}")
        if page.value('#conclusion textarea[name="conclusion"]').strip() != conclusion:
            fail("保存后评估页面上的专家组综合意见与输入的不一致")
        say("  组长填写并保存专家组综合意见")
        unmet = page.texts("#lifecycle .unmet li")
        not_signatures = [u for u in unmet if "签名" not in u]
        if not_signatures:
            fail(f"提交前仍有未完成的事项：{'；'.join(not_signatures)}")
        submit = f'form[action="{self.assessment_path}/submit"]'
        if not page.exists(submit):
            fail("组长的评估页面上没有“提交评估报告”按钮")
        page.set_field(f"{submit} input[name=date]", a.submit_date, "提交日期")
        page.click_and_load(f"{submit} button", "“提交评估报告”按钮")
        if page.text("h1 .state") != "已提交":
            fail(f"提交后评估状态应为“已提交”，实际为“{page.text('h1 .state')}”：{'；'.join(self.lifecycle_errors(page))}")
        say(f"  组长提交评估报告（{a.submit_date}）：{page.text('.notice')}")
        page.shot("05-submitted", 1400, 1700, scroll_to="#risk")

    def sign(self, page, name, date):
        page.goto(self.assessment_path)
        form = f'form[action="{self.assessment_path}/sign"]'
        if not page.exists(form):
            fail(f"{page.who}：评估页面上没有“本人签名”按钮（状态：{page.text('h1 .state')}）")
        page.set_field(f"{form} input[name=date]", date, "签名日期")
        page.click_and_load(f"{form} button", "“本人签名”按钮")
        errors = self.lifecycle_errors(page)
        if errors:
            fail(f"{page.who}：签名失败：{'；'.join(errors)}")
        row = page.js(f"""(() => {{ for (const tr of document.querySelectorAll('#lifecycle .signers tbody tr'))
            if (tr.cells[0].innerText.startsWith({json.dumps(name)})) return tr.cells[1].innerText.trim(); return null; }})()""")
        if not row or not row.startswith("已签名"):
            fail(f"{page.who}：签名后签名表中“{name}”一行显示为“{row}”")
        say(f"  {name} 签名（{date}）：{page.text('.notice')}")

    def step_sign(self, leader_page):
        a = self.args
        self.sign(leader_page, a.leader_name, a.sign_dates[0])
        last = None
        for index, spec in enumerate(a.member):
            user, name = spec.split(":", 1)
            page = self.page(f"专家 {name}（{user}）")
            self.sign_in(page, user, name)
            self.sign(page, name, a.sign_dates[min(index + 1, len(a.sign_dates) - 1)])
            if last:
                last.close()
            last = page
        status = last.text("h1 .state")
        if status != "已签署":
            fail(f"全体专家签名后评估状态应为“已签署”，实际为“{status}”：{'；'.join(last.texts('#lifecycle .unmet li'))}")
        stored = self.query("SELECT status FROM assessment WHERE id = ?", a.assessment)[0][0]
        signatures = self.query("SELECT count(*) FROM signature WHERE assessment_id = ?", a.assessment)[0][0]
        if stored != "signed" or signatures != len(a.member) + 1:
            fail(f"数据库中评估状态为 {stored}、签名 {signatures} 个，应为 signed、{len(a.member) + 1} 个")
        say(f"  评估已签署：{last.text('.notice')}")
        last.shot("06-signed", 1400, 1000)
        last.shot("07-signers", 1400, 1000, scroll_to="#lifecycle")
        last.close()

    def step_decide(self):
        a = self.args
        user, name = a.county_user.split(":", 1)
        page = self.page(f"旗县市用户 {name}（{user}）")
        self.sign_in(page, user, name)
        page.goto(self.assessment_path)
        form = f'form[action="{self.assessment_path}/disposition"]'
        if not page.exists(form):
            say("  评估页面没有提供分类处置表单，跳过")
            page.close()
            return
        chosen = page.js(f"document.querySelector({json.dumps(form + ' select[name=class]')}).selectedOptions[0].text")
        page.type(f"{form} textarea[name=reason]", a.decision_reason, "处置理由")
        page.set_field(f"{form} input[name=date]", a.decision_date, "决定日期")
        if not page.value(f"{form} input[name=bureau]"):
            page.type(f"{form} input[name=bureau]", name, "作出决定的应急管理局")
        page.shot("08-disposition-form", 1280, 900, scroll_to="#disposition")
        page.click_and_load(f"{form} button", "“记录处置决定”按钮")
        errors = page.texts("#disposition .error")
        if errors or page.text("h1 .state") != "已处置":
            fail(f"{page.who}：记录处置决定失败（状态“{page.text('h1 .state')}”）：{'；'.join(errors)}")
        shown = page.text("#disposition")
        if chosen not in shown or a.decision_reason not in shown:
            fail(f"处置决定记录后页面没有显示类别“{chosen}”和理由")
        say(f"  {name} 记录分类处置：{chosen}（{a.decision_date}）")
        page.shot("09-disposition", 1280, 900, scroll_to="#disposition")
        page.close()

    # Step 5 ------------------------------------------------------------------------------------------------

    def step_prefecture(self, before):
        a = self.args
        user, name = a.prefecture.split(":", 1)
        say("步骤 5：盟市用户通过表单登录，查看首页、隐患台账和月报")
        page = self.page(f"盟市用户 {name}（{user}）")
        self.sign_in(page, user, name)
        if page.path() != "/":
            fail(f"盟市用户登录后应进入首页，实际为 {page.path()}")
        assessed, grades = self.county_row(page, a.county)
        grade = self.query("SELECT grade FROM assessment WHERE id = ?", a.assessment)[0][0]
        label = {"red": "红色", "orange": "橙色", "yellow": "黄色", "blue": "蓝色"}[grade]
        if assessed != before[0] + 1 or grades.get(label) != before[1].get(label, 0) + 1:
            fail(f"首页中{a.county}的已评估数或{label}企业数没有计入新签署的评估：之前 {before}，现在 {(assessed, grades)}")
        say(f"  首页：{a.county}已评估 {before[0]} → {assessed}，{label} {before[1].get(label, 0)} → {grades.get(label)}")
        page.shot("10-prefecture-dashboard", 1280, 1700)

        page.goto("/hazards")
        ledger = page.text("main") or page.text("body")
        if a.finding not in ledger:
            fail(f"隐患台账中没有组长填写的隐患“{a.finding}”")
        say(f"  隐患台账列出新隐患“{a.finding}”")
        page.shot("11-hazards", 1280, 1000)

        page.goto(f"/monthly?month={a.month}")
        row = page.js(f"""(() => {{ for (const tr of document.querySelectorAll('table.grid tbody tr'))
            if (tr.cells[0].innerText.trim() === {json.dumps(a.county)}) return Array.from(tr.cells, c => c.innerText.trim());
            return null; }})()""")
        if not row:
            fail(f"{a.month} 月报审核页中没有{a.county}")
        counted = next((c for c in row if "/" in c and c.replace(" ", "").replace("/", "").isdigit()), None)
        if counted is None or int(counted.split("/")[0]) < 1:
            fail(f"{a.month} 月报审核页中{a.county}的已评估数没有计入签署的评估：{row}")
        say(f"  月报审核（{a.month}）：{a.county}已评估（本月/累计）{counted}")
        page.shot("12-monthly-review", 1280, 900)
        page.close()

    # The other pages -----------------------------------------------------------------------------------------

    def dev_shot(self, name, width, height, path, user):
        page = self.page(f"{user}（/dev-login）")
        target = "/dev-login?" + urllib.parse.urlencode({"token": self.args.dev_token, "user": user, "next": path})
        page.goto(target)
        page.shot(name, width, height)
        page.close()

    def before_figures(self):
        user = self.args.prefecture.split(":", 1)[0]
        page = self.page(f"{user}（/dev-login）")
        page.goto("/dev-login?" + urllib.parse.urlencode({"token": self.args.dev_token, "user": user, "next": "/"}))
        figures = self.county_row(page, self.args.county)
        page.close()
        return figures

    def run(self):
        a = self.args
        before = self.before_figures()
        leader = self.step_sign_in()
        score, totals, rule = self.step_enter(leader)
        self.step_reload(leader, score, totals, rule)
        self.step_submit(leader)
        self.step_sign(leader)
        leader.close()
        self.step_decide()
        self.step_prefecture(before)
        say("其他页面（/dev-login 直接登录）")
        for shot in [
            ("13-admin-dashboard", 1280, 1700, "/", a.admin),
            ("14-enterprises", 1280, 1300, "/enterprises", a.admin),
            ("15-enterprise", 1280, 1300, f"/enterprises/{a.enterprise}", a.admin),
            ("16-county-dashboard", 1280, 1200, "/", a.other_county_user),
            ("17-enterprises-tablet", 768, 1024, "/enterprises", a.other_county_user),
            ("18-users", 1280, 800, "/admin/users", a.admin),
            ("19-user-form", 1280, 900, "/admin/users/new", a.admin),
            ("20-forbidden", 1280, 600, "/admin/users", a.other_county_user),
            ("21-other-county", 1280, 600, f"/enterprises/{a.other_enterprise}", a.other_county_user),
        ]:
            self.dev_shot(*shot)
        if self.browser.script_errors:
            fail("页面脚本出错：\n" + "\n".join(self.browser.script_errors))


def main():
    parser = argparse.ArgumentParser(description="用无界面 chromium 操作 HazChem 网页并截图")
    parser.add_argument("--base", required=True)
    parser.add_argument("--db", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--chromium", default=shutil.which("chromium") or "chromium")
    parser.add_argument("--password", required=True)
    parser.add_argument("--dev-token", required=True)
    parser.add_argument("--assessment", type=int, required=True)
    parser.add_argument("--county", required=True, help="旗县市 of the assessed enterprise")
    parser.add_argument("--month", required=True, help="the month the assessment counts in (on-site end)")
    parser.add_argument("--leader", required=True)
    parser.add_argument("--leader-name", required=True)
    parser.add_argument("--member", action="append", default=[], help="user:name of each other panel expert")
    parser.add_argument("--county-user", required=True, help="user:display name")
    parser.add_argument("--prefecture", required=True, help="user:display name")
    parser.add_argument("--admin", required=True)
    parser.add_argument("--other-county-user", required=True)
    parser.add_argument("--enterprise", type=int, required=True)
    parser.add_argument("--other-enterprise", type=int, required=True)
    parser.add_argument("--nonconforming-item", required=True)
    parser.add_argument("--conforming-items", required=True, type=lambda s: s.split(","))
    args = parser.parse_args()
    args.finding = "安全管理人员刘某未经考核合格即上岗"
    args.location = "安全环保部"
    args.risk_text = {
        "affectedArea": "液氯钢瓶库和氯化车间发生泄漏时，毒性气体可能扩散至厂区下风向约 500 米范围。",
        "riskValue": "按诊断分级表评定为较大风险，与红色、橙色判定一致。",
        "controlAdequacy": "安全管理人员未经考核合格即上岗，工艺卡片与操作规程不一致，现有管控措施不充分。",
        "reductionMeasures": "立即组织安全管理人员考核，修订工艺卡片并培训到岗，限期整改后复查。",
    }
    args.submit_date = "2019-07-18"
    args.sign_dates = ["2019-07-18", "2019-07-18", "2019-07-18", "2019-07-19"]
    args.decision_date = "2019-07-25"
    args.decision_reason = "评估发现的隐患已制定整改措施，责令限期整改并复查"

    return run_flow(Flow, args, log="chromium.log", failed="浏览器测试失败", done="浏览器操作完成")


def run_flow(flow, args, log, failed, done):
    """Runs `flow` in a fresh Chromium profile under args.work; prints the failure and returns 1, or 0."""
    started = time.monotonic()
    profile = tempfile.mkdtemp(prefix="profile-", dir=args.work)
    browser = Browser(args.chromium, profile, os.path.join(args.work, log))
    try:
        flow(args, browser).run()
    except Failure as failure:
        print(f"{failed}：{failure}", file=sys.stderr)
        return 1
    finally:
        browser.close()
        shutil.rmtree(profile, ignore_errors=True)
    say(f"{done}，用时 {time.monotonic() - started:.1f} 秒")
    return 0


if __name__ == "__main__":
    sys.exit(main())
