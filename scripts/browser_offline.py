#!/usr/bin/env python3
"""The offline scenario of `make browser-test`: an expert loses the network on the assessment page.

Started by scripts/browser-test.sh before scripts/browser_drive.py, on the same server and assessment (five
other open items of the panel leader's sections). Shares Browser, Page, Flow and run_flow with browser_drive.py.

  1. the panel leader opens the assessment page (/dev-login); the service worker takes the page over and keeps
     its shell (page, app.css, assessment.js) in the cache `hazchem-shell-v1`;
  2. the page and the service worker go offline. `Network.emulateNetworkConditions` on the page's session does
     not reach the service worker (a separate DevTools target): its fetch() of the page still reached the
     server. So the same command is also sent to the service worker's own target, and the flow checks that the
     worker's fetch of the page now fails over to its cache (the kept copy's `Date` is older than the probe);
  3. answers five items (one 不符合 with finding and location) and adds a photo to the 不符合 item through the
     camera input (DOM.setFileInputFiles, a JPEG drawn in the page); everything shows 待同步 and is kept in
     IndexedDB (screenshot 22-offline-pending);
  4. reloads while offline: the page comes from the service worker, and the queued answers and photo still
     show 待同步, filled in from IndexedDB (23-offline-reloaded);
  5. comes back online: the queue drains in order (24-offline-synced);
  6. checks the database: every item stored once with the values entered and exactly one audit row per queued
     save, every Idempotency-Key recorded once, the photo stored once on its item;
  7. signs out: with an item queued again (offline) 退出 asks first (cancelled: the queue stays and drains once
     online); then 退出 clears the page cache, the IndexedDB queue and the kept versions.
"""

import argparse
import base64
import json
import os
import shutil
import sys
import time
import urllib.parse

from browser_drive import Flow, Failure, fail, run_flow, say


class OfflineFlow(Flow):
    def offline(self, page, offline):
        """Network emulation on the page and on every service worker of its browser context."""
        conditions = {"offline": offline, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1}
        page.send("Network.enable")
        page.send("Network.emulateNetworkConditions", conditions)
        for session in self.worker_sessions(page):
            self.browser.send("Network.enable", {}, session)
            self.browser.send("Network.emulateNetworkConditions", conditions, session)

    def worker_sessions(self, page):
        if not hasattr(self, "sessions"):
            self.sessions = {}
        targets = self.browser.send("Target.getTargets")["targetInfos"]
        for target in targets:
            if target["type"] != "service_worker" or target.get("browserContextId") != page.context:
                continue
            if target["targetId"] not in self.sessions:
                self.sessions[target["targetId"]] = self.browser.send(
                    "Target.attachToTarget", {"targetId": target["targetId"], "flatten": True})["sessionId"]
        return list(self.sessions.values())

    def page_from_network(self, page):
        """Whether the service worker's fetch of the page reached the server: the answer's Date is fresh."""
        return page.js("""fetch(location.pathname, {credentials: 'same-origin'}).then(r =>
            Math.abs(Date.now() - Date.parse(r.headers.get('date') || 0)) < 2500, () => false)""")

    def pending(self, page):
        return page.js("Number((document.getElementById('sync-status') || {dataset: {}}).dataset.pending || 0)")

    def queued(self, page):
        """The operations kept in IndexedDB: kind, item and Idempotency-Key."""
        return page.js("""new Promise((resolve, reject) => {
            const open = indexedDB.open('hazchem-offline');
            open.onsuccess = () => {
                const request = open.result.transaction('ops').objectStore('ops').getAll();
                request.onsuccess = () => { resolve(request.result.map(op => [op.kind, op.item || '', op.key]));
                    open.result.close(); };
                request.onerror = () => reject(request.error);
            };
            open.onerror = () => reject(open.error);
        })""")

    def open_section(self, page, item):
        selector = self.item_selector(item)
        if not page.js(f"document.querySelector({json.dumps(selector)}).closest('details').open"):
            section = page.js(f"document.querySelector({json.dumps(selector)}).closest('details').id")
            page.click(f"#{section} > summary", f"检查表第 {section} 部分的标题")
            page.wait_for(f"document.querySelector({json.dumps('#' + section)}).open", 5, f"展开 {section}")

    def wait_pending(self, page, selector, what):
        try:
            page.wait_for(f"(document.querySelector({json.dumps(selector)}) || {{}}).textContent === '待同步'", 10,
                          f"显示{what}待同步")
        except Failure as failure:
            fail(f"{failure}（显示“{page.text(selector)}”；脚本错误：{self.browser.script_errors}）")

    def answer_offline(self, page, item, response, finding=None, location=None):
        selector = self.item_selector(item)
        self.open_section(page, item)
        page.click(f'{selector} input[name="response"][value="{response}"]', f"检查项 {item} 的选项 {response}")
        self.wait_pending(page, f"{selector} .save-state", f"检查项 {item} ")
        if finding is not None:
            page.type(f'{selector} textarea[name="finding"]', finding, f"检查项 {item} 的问题描述")
            page.type(f'{selector} input[name="location"]', location, f"检查项 {item} 的部位")
            page.click(f"{selector} .item-head", f"检查项 {item} 的标题")
            self.wait_pending(page, f"{selector} .save-state", f"检查项 {item} ")

    def make_photo(self, page):
        """A 2400×1800 JPEG drawn in the page (a camera photo is bigger than the 2048 px the page sends)."""
        data = page.js("""(() => { const c = document.createElement('canvas'); c.width = 2400; c.height = 1800;
            const g = c.getContext('2d'); const sky = g.createLinearGradient(0, 0, 0, 1800);
            sky.addColorStop(0, '#9cc3e4'); sky.addColorStop(1, '#f4f1ea'); g.fillStyle = sky;
            g.fillRect(0, 0, 2400, 1800); g.fillStyle = '#7b8794'; g.fillRect(300, 700, 1800, 900);
            g.fillStyle = '#c0392b'; g.fillRect(900, 1000, 600, 600); g.fillStyle = '#fff';
            g.font = 'bold 160px sans-serif'; g.fillText('安全环保部', 760, 560);
            return c.toDataURL('image/jpeg', 0.9).split(',')[1]; })()""")
        path = os.path.abspath(os.path.join(self.args.work, "offline-photo.jpg"))
        with open(path, "wb") as file:
            file.write(base64.b64decode(data))
        return path

    def add_photo(self, page, item, path):
        selector = f"{self.item_selector(item)} .photos input[type=file]"
        if page.js(f"""(() => {{ const b = document.querySelector({json.dumps(self.item_selector(item) + ' .photo-submit')});
            return b !== null && b.getBoundingClientRect().width > 0; }})()"""):
            fail(f"检查项 {item} 的照片“上传”按钮在脚本自动上传时仍然显示")
        root = page.send("DOM.getDocument")["root"]["nodeId"]
        node = page.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
        if not node:
            fail(f"检查项 {item} 没有拍照输入框（{selector}）")
        page.send("DOM.setFileInputFiles", {"nodeId": node, "files": [path]})
        self.wait_pending(page, f"{self.item_selector(item)} .photo-state", f"检查项 {item} 的照片")

    def run(self):
        a = self.args
        items = [a.nonconforming_item] + a.conforming_items
        say("离线步骤 1：组长打开评估页面，service worker 保存页面外壳")
        page = self.page(f"组长 {a.leader}（离线）")
        page.goto("/dev-login?" + urllib.parse.urlencode(
            {"token": a.dev_token, "user": a.leader, "next": self.assessment_path}))
        if page.path() != self.assessment_path:
            fail(f"组长登录后没有进入评估页面，实际为 {page.path()}")
        page.viewport(1400, 1400)
        page.wait_for("navigator.serviceWorker.controller !== null", 15, "由 service worker 接管页面")
        page.wait_for("caches.open('hazchem-shell-v1').then(c => Promise.all([location.pathname, '/static/app.css',"
                      " '/static/assessment.js'].map(u => c.match(u)))).then(hits => hits.every(Boolean))", 15,
                      "在缓存 hazchem-shell-v1 中保存评估页面、样式表和脚本")
        audit_before = {item: self.audit_rows(item) for item in items}
        photo = self.make_photo(page)
        time.sleep(2.6)  # the kept page's Date is now older than a fresh answer's

        say("离线步骤 2：断开网络（页面和 service worker）")
        page.send("Network.enable")
        page.send("Network.emulateNetworkConditions",
                  {"offline": True, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1})
        page_only = self.page_from_network(page)
        say("  只对页面模拟断网时，service worker 取页面" + ("仍然到达服务器：还需对 service worker 本身断网" if page_only
                                                         else "也已失败（此版本 Chromium 的断网模拟覆盖 service worker）"))
        time.sleep(2.6)  # that probe, when it reached the server, kept a fresh copy
        self.offline(page, True)
        if not self.worker_sessions(page):
            fail("找不到此页面的 service worker（DevTools 目标）")
        if self.page_from_network(page):
            fail("对 service worker 断网后，它取页面仍然到达了服务器")
        if page.js("navigator.onLine"):
            fail("断网后页面的 navigator.onLine 仍为 true")

        say(f"离线步骤 3：断网时填写 {len(items)} 项并拍照")
        self.answer_offline(page, a.nonconforming_item, "nonConforming", a.finding, a.location)
        for item in a.conforming_items:
            self.answer_offline(page, item, "conforming")
        self.add_photo(page, a.nonconforming_item, photo)
        ops = self.queued(page)
        if self.pending(page) != len(ops) or not ops:
            fail(f"页面显示待同步 {self.pending(page)} 项，本设备保存了 {len(ops)} 项")
        per_item = {item: sum(1 for kind, it, _ in ops if kind == "item" and it == item) for item in items}
        photos = sum(1 for kind, _, _ in ops if kind == "photo")
        if min(per_item.values()) < 1 or photos != 1:
            fail(f"本设备保存的待同步操作不对：每项 {per_item}，照片 {photos} 张")
        banner = page.text("#sync-status")
        say(f"  {banner}；每项保存次数 {per_item}，照片 1 张")
        page.shot("22-offline-pending", 1400, 1400, scroll_to=self.item_selector(a.nonconforming_item))

        say("离线步骤 4：断网时刷新页面")
        page.reload(ignore_cache=False)
        if not page.exists(self.item_selector(a.nonconforming_item)):
            fail(f"断网刷新后页面不是评估页面：{page.text('body')[:200]}")
        page.wait_for(f"Number((document.getElementById('sync-status') || {{dataset: {{}}}}).dataset.pending || 0) === {len(ops)}",
                      10, f"刷新后显示待同步 {len(ops)} 项")
        for item in items:
            self.open_section(page, item)
            if page.text(f"{self.item_selector(item)} .save-state") != "待同步":
                fail(f"断网刷新后检查项 {item} 没有显示待同步")
        if page.value(f'{self.item_selector(a.nonconforming_item)} input[name="response"]:checked') != "nonConforming" \
                or page.value(f'{self.item_selector(a.nonconforming_item)} textarea[name="finding"]') != a.finding:
            fail(f"断网刷新后检查项 {a.nonconforming_item} 没有显示本设备保存的答案和问题描述")
        if page.text(f"{self.item_selector(a.nonconforming_item)} .photo-state") != "待同步":
            fail("断网刷新后照片没有显示待同步")
        if not page.exists(f"{self.item_selector(a.nonconforming_item)} .photos img.queued"):
            fail("断网刷新后待同步照片没有显示缩略图")
        say(f"  页面来自 service worker，{len(ops)} 项仍显示待同步（来自 IndexedDB）")
        page.shot("23-offline-reloaded", 1400, 1600, scroll_to="#checklist")  # the sync line (离线：待同步 N 项) in view

        say("离线步骤 5：恢复网络，待同步的内容按顺序上传")
        self.offline(page, False)
        page.wait_for("(document.getElementById('sync-status') || {dataset: {}}).dataset.pending === '0'", 90,
                      "上传完所有待同步的内容")
        for item in items:
            state = page.text(f"{self.item_selector(item)} .save-state")
            if not state.startswith("已保存"):
                fail(f"恢复网络后检查项 {item} 显示“{state}”：{'；'.join(page.texts(self.item_selector(item) + ' .field-error'))}")
        page.wait_for(f"document.querySelector({json.dumps(self.item_selector(a.nonconforming_item) + ' .photos a.photo img')}) !== null",
                      10, "显示已上传照片的缩略图")
        say(f"  已全部上传：{page.text(self.item_selector(a.nonconforming_item) + ' .photo-state')}")
        page.shot("24-offline-synced", 1400, 1400, scroll_to=self.item_selector(a.nonconforming_item))
        self.check_database(items, per_item, audit_before, [key for _, _, key in ops])
        self.sign_out(page, a.conforming_items[0])
        if self.browser.script_errors:
            fail("页面脚本出错：\n" + "\n".join(self.browser.script_errors))
        page.close()

    def wait_dialog(self, page, timeout):
        deadline = time.monotonic() + timeout
        while True:
            for index, event in enumerate(self.browser.events):
                if event.get("sessionId") == page.session and event["method"] == "Page.javascriptDialogOpening":
                    del self.browser.events[index]
                    return event["params"]
            message = self.browser._read(deadline)
            if message is None:
                return None
            self.browser._keep(message)

    def sign_out(self, page, item):
        """退出 with an item still 待同步 asks first (cancelled: the queue stays); once sent, 退出 clears the device."""
        say("离线步骤 6：退出登录")
        self.offline(page, True)
        page.click(f"{self.item_selector(item)} form[data-autosave] button[type=submit]", f"检查项 {item} 的保存按钮")
        self.wait_pending(page, f"{self.item_selector(item)} .save-state", f"检查项 {item} ")
        page.click("form[data-signout] button", "“退出”按钮")
        dialog = self.wait_dialog(page, 10)
        if dialog is None or "待同步" not in dialog.get("message", ""):
            fail(f"仍有待同步的内容时点击“退出”应先提示确认，实际{'没有提示' if dialog is None else '提示：' + dialog.get('message', '')}")
        page.send("Page.handleJavaScriptDialog", {"accept": False})
        say(f"  有待同步的内容时先提示：{dialog['message'].splitlines()[0]}（取消）")
        if page.path() != self.assessment_path or self.pending(page) != 1:
            fail(f"取消退出后应仍在评估页面且待同步 1 项，实际 {page.path()}，待同步 {self.pending(page)} 项")
        self.offline(page, False)
        page.wait_for("(document.getElementById('sync-status') || {dataset: {}}).dataset.pending === '0'", 90,
                      "上传完待同步的内容")
        page.click_and_load("form[data-signout] button", "“退出”按钮")
        if not page.path().startswith("/login"):
            fail(f"退出后应回到登录页，实际为 {page.path()}")
        kept = page.js("""Promise.all([caches.keys(), indexedDB.databases ? indexedDB.databases() : []]).then(([c, d]) =>
            c.filter(n => n.startsWith('hazchem-')).concat(d.map(x => x.name).filter(n => n === 'hazchem-offline'))
            .concat(Object.keys(localStorage).filter(k => k.startsWith('hazchem-'))))""")
        if kept:
            fail(f"退出后本设备上仍保存着：{kept}")
        say("  退出后本设备上的页面缓存、待同步队列和版本记录均已清除")

    def audit_rows(self, item):
        return self.query(
            """SELECT count(*) FROM audit_log WHERE entity = 'checklist_response' AND entity_id = ? AND user = ?""",
            f"{self.args.assessment}/{item}", self.args.leader)[0][0]

    def check_database(self, items, per_item, audit_before, keys):
        a = self.args
        rows = self.query(
            f"""SELECT r.item_id, r.response, r.finding, r.location, e.name FROM checklist_response r
                LEFT JOIN expert e ON e.id = r.expert_id
                WHERE r.assessment_id = ? AND r.item_id IN ({','.join('?' * len(items))})""", a.assessment, *items)
        if sorted(r[0] for r in rows) != sorted(items):
            fail(f"数据库中这几项的记录不是每项一行：{[r[0] for r in rows]}")
        for item, response, finding, location, expert in rows:
            expected = ("nonConforming", a.finding, a.location) if item == a.nonconforming_item else ("conforming", "", "")
            if (response, finding, location) != expected or expert != a.leader_name:
                fail(f"数据库中检查项 {item} 的记录不对：{(response, finding, location, expert)}，应为 {expected}")
        for item in items:
            added = self.audit_rows(item) - audit_before[item]
            if added != per_item[item]:
                fail(f"检查项 {item} 保存了 {per_item[item]} 次，审计日志却新增 {added} 行")
        recorded = self.query(
            f"SELECT key, count(*) FROM idempotency_key WHERE user = ? AND key IN ({','.join('?' * len(keys))}) GROUP BY key",
            a.leader, *keys)
        if len(recorded) != len(keys) or any(count != 1 for _, count in recorded):
            fail(f"{len(keys)} 个操作编号（Idempotency-Key）中只有 {len(recorded)} 个各记录一次")
        photos = self.query(
            "SELECT count(*), count(DISTINCT sha256) FROM photo WHERE assessment_id = ? AND item_id = ?",
            a.assessment, a.nonconforming_item)[0]
        if photos != (1, 1):
            fail(f"检查项 {a.nonconforming_item} 应有 1 张照片，数据库中有 {photos[0]} 张")
        audit = self.query("SELECT count(*) FROM audit_log WHERE entity = 'photo' AND user = ?", a.leader)[0][0]
        if audit != 1:
            fail(f"照片上传应有 1 行审计记录，实际 {audit} 行")
        say(f"  数据库：{len(items)} 项各一行，审计日志每次保存一行（共 {sum(per_item.values())} 行），"
            f"{len(keys)} 个操作编号各记录一次，照片 1 张")


def main():
    parser = argparse.ArgumentParser(description="用无界面 chromium 测试评估页面的离线填写")
    parser.add_argument("--base", required=True)
    parser.add_argument("--db", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--chromium", default=shutil.which("chromium") or "chromium")
    parser.add_argument("--dev-token", required=True)
    parser.add_argument("--assessment", type=int, required=True)
    parser.add_argument("--leader", required=True)
    parser.add_argument("--leader-name", required=True)
    parser.add_argument("--nonconforming-item", required=True)
    parser.add_argument("--conforming-items", required=True, type=lambda s: s.split(","))
    args = parser.parse_args()
    args.finding = "危险化学品仓库内应急照明损坏"
    args.location = "二号仓库"
    return run_flow(OfflineFlow, args, log="chromium-offline.log", failed="离线浏览器测试失败", done="离线操作完成")


if __name__ == "__main__":
    sys.exit(main())
