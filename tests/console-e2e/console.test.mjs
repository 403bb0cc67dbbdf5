// Browser end-to-end tests of the head-office console (issue 7, docs/testing-console-e2e.md).
// playwright-core drives Debian's /usr/bin/chromium headless against a real kakunin-hq (embedded SQLCipher store
// or PostgreSQL: E2E_STORE), with contracts made and delivered by real tablets (e2e_tablet: real store, real sync
// engine, TLS with pinning), in Japanese and in English. Screenshots of every page go to E2E_SHOTS
// (<store>-<lang>-NN-<page>.png at 1366×768; "-tablet" ones at 800×1100).
// Run by ctest (tests/console-e2e/CMakeLists.txt sets the E2E_* variables).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const env = (name) => {
    const v = process.env[name];
    if (!v) throw new Error(`${name} is not set: run through ctest (tests/console-e2e/CMakeLists.txt)`);
    return v;
};
const STORE = env('E2E_STORE'); // embedded | postgres
const HQ = env('E2E_HQ_BIN');
const TABLET = env('E2E_TABLET_BIN');
const WORK = env('E2E_WORK');
const SHOTS = env('E2E_SHOTS');
const CHROMIUM = process.env.E2E_CHROMIUM || '/usr/bin/chromium';
const require = createRequire(path.join(env('E2E_NODE_MODULES'), '..', 'package.json'));
const { chromium } = require('playwright-core');

const PASSWORD = 'e2e-console-password-2026'; // console users' password (never used outside the tests)
const DESKTOP = { width: 1366, height: 768 };
const TABLET_VIEW = { width: 800, height: 1100 };

// What the pages say, per language (assets/i18n/console_*.ts; English is the source text).
const TEXT = {
    ja: {
        signInFailed:
            'ログインできませんでした。ユーザーIDとパスワードをご確認ください。5回続けて失敗すると、15分間ログインできなくなります。',
        queue: '確認コール一覧',
        onHold: (k) => `コールを記録しました。問題が見つかったため、契約${k}はコンプライアンス管理者が解除するまで保留になります。`,
        passed: (k, s) => `コールを記録しました。契約${k}は${s}コールを問題なく通過しました。`,
        resolved: (k) => `${k}の保留を解除しました。契約は確認コール一覧に戻りました。`,
        guarantee: '成果の保証・約束があった（S1）',
        readOnly: 'この役割ではこのページを閲覧できますが、コールは記録できません。',
        onlyAdmin: '保留を解除できるのはコンプライアンス管理者のみです。',
        problemTag: '問題あり：保留',
        cleanTag: '問題なし',
    },
    en: {
        signInFailed:
            'Sign-in failed. Check your user ID and password. After 5 failed attempts in a row, sign-in is locked for 15 minutes.',
        queue: 'Call queue',
        onHold: (k) => `The call was recorded. It found a problem: contract ${k} is on hold until a compliance admin resolves it.`,
        passed: (k, s) => `The call was recorded. Contract ${k} passed the ${s} call.`,
        resolved: (k) => `The hold on ${k} is resolved. The contract is back in the call queue.`,
        guarantee: 'Results were guaranteed or promised (S1)',
        readOnly: 'Your role can read this page but not record calls.',
        onlyAdmin: 'Only a compliance admin can resolve a hold.',
        problemTag: 'Problem: on hold',
        cleanTag: 'Clean',
    },
};

// ---- processes

function run(cmd, args, { env: extra = {}, input } = {}) {
    const r = spawnSync(cmd, args, { env: { ...process.env, ...extra }, input, encoding: 'utf8', timeout: 120_000 });
    if (r.status !== 0)
        throw new Error(`${path.basename(cmd)} ${args.join(' ')} exited ${r.status}:\n${r.stdout}\n${r.stderr}`);
    return r.stdout;
}

let storeArgs = [];
// `kakunin-hq admin …` against the server's store. The embedded store may answer "database is locked" while the
// server writes: try again then.
function admin(args, input) {
    for (let attempt = 1; ; ++attempt) {
        try {
            return run(HQ, ['admin', ...args, ...storeArgs], { input });
        } catch (e) {
            if (attempt < 50 && /database is locked/.test(String(e))) continue;
            throw e;
        }
    }
}

// One step of a tablet (tests/console-e2e/e2e_tablet.cpp); returns its JSON answer.
function tablet(name, step, vars = {}) {
    const dir = path.join(WORK, `tablet-${name}`);
    const out = path.join(WORK, `tablet-${name}.out.json`);
    fs.rmSync(out, { force: true });
    run(TABLET, [step], { env: { E2E_TABLET_DIR: dir, E2E_OUT: out, ...vars } });
    const answer = JSON.parse(fs.readFileSync(out, 'utf8'));
    assert.equal(answer.ok, true);
    return answer;
}

// ---- head office

let server; // child process
let base; // https://127.0.0.1:PORT
let pin;
let browser;

async function startServer() {
    fs.rmSync(WORK, { recursive: true, force: true });
    fs.mkdirSync(WORK, { recursive: true });
    fs.mkdirSync(SHOTS, { recursive: true });
    const certs = path.join(WORK, 'certs');
    run(env('E2E_CERT_SCRIPT'), [certs]);
    pin = 'sha256//' + fs.readFileSync(path.join(certs, 'server.pin'), 'utf8').trim();
    if (STORE === 'postgres') {
        // A fresh schema of the fixture's database (hq_postgres), selected through the URL.
        const url = fs.readFileSync(env('E2E_PG_URL_FILE'), 'utf8').trim();
        const schema = 'e2e_' + randomBytes(6).toString('hex');
        run('psql', [url, '-q', '-c', `CREATE SCHEMA ${schema}`]);
        storeArgs = ['--db', `${url}?options=-csearch_path%3D${schema}`];
    } else {
        storeArgs = ['--data-dir', path.join(WORK, 'hq-data')];
    }
    const users = [
        ['rep-001', 'sales_rep', '営業 一郎'],
        ['inst-001', 'installer', '設置 次郎'],
        ['call-001', 'confirmation_staff', '確認 花子'],
        ['admin-001', 'compliance_admin', '管理 一郎'],
        ['audit-001', 'auditor', '監査 三郎'],
    ];
    const fast = ['--argon2-memory-kib', '64', '--argon2-iterations', '1'];
    for (const [id, role, name] of users) admin(['create-user', '--id', id, '--role', role, '--name', name]);
    for (const id of ['call-001', 'admin-001', 'audit-001']) admin(['set-password', id, ...fast], PASSWORD + '\n');

    const portFile = path.join(WORK, 'port');
    const log = fs.openSync(path.join(WORK, 'hq.log'), 'w');
    server = spawn(HQ, ['serve', '--cert', path.join(certs, 'server.pem'), '--key', path.join(certs, 'server.key'),
        '--host', '127.0.0.1', '--port', '0', '--port-file', portFile, '--threads', '4', ...fast, '--log',
        ...storeArgs], { stdio: ['ignore', log, log] });
    const exited = new Promise((resolve) => server.once('exit', resolve));
    for (let i = 0; i < 400 && !(fs.existsSync(portFile) && fs.readFileSync(portFile, 'utf8').trim()); ++i) {
        const gone = await Promise.race([exited, new Promise((r) => setTimeout(() => r(false), 50))]);
        if (gone !== false) throw new Error('kakunin-hq exited:\n' + fs.readFileSync(path.join(WORK, 'hq.log'), 'utf8'));
    }
    base = `https://127.0.0.1:${fs.readFileSync(portFile, 'utf8').trim()}`;

    // The tablets: the rep's (makes the contracts) and the installer's (delivers), enrolled with one-time codes.
    for (const [name, user] of [['rep', 'rep-001'], ['inst', 'inst-001']]) {
        const code = admin(['issue-code', '--user', user, '--label', `e2e ${name}`]).trim();
        const a = tablet(name, 'enroll', {
            E2E_URL: base, E2E_CA: path.join(certs, 'ca.pem'), E2E_PIN: pin, E2E_CODE: code, E2E_USER: user,
        });
        assert.equal(a.user, user);
    }
}

before(async () => {
    await startServer();
    browser = await chromium.launch({
        executablePath: CHROMIUM,
        // Root in a container: no sandbox, no /dev/shm, no GPU; and nothing from the network but kakunin-hq.
        args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--disable-quic', '--no-first-run',
            '--disable-background-networking', '--disable-component-update', '--disable-sync',
            '--font-render-hinting=none'],
    });
});

after(async () => {
    await browser?.close();
    if (server && server.exitCode === null) {
        const gone = new Promise((resolve) => server.once('exit', resolve));
        server.kill('SIGTERM');
        await gone;
    }
});

// ---- browser helpers

const counters = {};
async function shot(page, lang, name, { tablet: tabletToo = false } = {}) {
    const key = `${STORE}-${lang}`;
    counters[key] = (counters[key] ?? 0) + 1;
    const nn = String(counters[key]).padStart(2, '0');
    await page.screenshot({ path: path.join(SHOTS, `${key}-${nn}-${name}.png`) });
    if (tabletToo) {
        await page.setViewportSize(TABLET_VIEW);
        await page.screenshot({ path: path.join(SHOTS, `${key}-${nn}-${name}-tablet.png`) });
        await page.setViewportSize(DESKTOP);
    }
}

// A browser context (its own cookies) in one language, at the sign-in page.
async function open(lang) {
    // The test CA is not in Chromium's trust store; the connection is still TLS to kakunin-hq.
    const context = await browser.newContext({ viewport: DESKTOP, ignoreHTTPSErrors: true, locale: lang });
    const page = await context.newPage();
    const r = await page.goto(`${base}/console/language?to=${lang}&back=/console/sign-in`);
    assert.equal(r.status(), 200);
    assert.equal(await page.getAttribute('html', 'lang'), lang);
    return page;
}

// Submits the form the locator is in and returns the status of the page it leads to (after redirects).
async function submit(page, button) {
    const [response] = await Promise.all([page.waitForNavigation(), button.click()]);
    return response.status();
}

async function signIn(page, user, password = PASSWORD) {
    await page.fill('#user', user);
    await page.fill('#password', password);
    return submit(page, page.locator('form[action="/console/sign-in"] button[type=submit]'));
}

const notice = (page) => page.locator('main').innerText();
const dueRow = (page, k) => page.locator(`#due tr[data-contract="${k}"]`);
const heldRow = (page, k) => page.locator(`#held tr[data-contract="${k}"]`);

// A form the page does not offer, built and sent from the user's own browser with their session and CSRF token
// (the header's sign-out form carries it): what the server answers is all that stands in the way.
async function forge(page, action, fields) {
    const csrf = await page.locator('input[name="csrf"]').first().inputValue();
    const [response] = await Promise.all([
        page.waitForNavigation(),
        page.evaluate(({ action, fields }) => {
            const f = document.createElement('form');
            f.method = 'post';
            f.action = action;
            for (const [name, value] of Object.entries(fields)) {
                const i = document.createElement('input');
                i.type = 'hidden';
                i.name = name;
                i.value = value;
                f.appendChild(i);
            }
            document.body.appendChild(f);
            f.submit();
        }, { action, fields: { csrf, ...fields } }),
    ]);
    return response.status();
}

const historyRows = (page) => page.locator('section[aria-labelledby="history-h"] tbody tr');
const contractUrl = (k) => `${base}/console/contract?id=${encodeURIComponent(k)}`;

async function answerCall(page, answers) {
    for (const [name, value] of Object.entries(answers)) await page.check(`input[name="${name}"][value="${value}"]`);
}

// ---- the flow

async function flow(t, lang) {
    const T = TEXT[lang];
    const suffix = `${lang}-${randomBytes(3).toString('hex')}`;
    const k = `ctr-e2e-${suffix}`;
    const customer = `cust-e2e-${suffix}`;

    // The rep's tablet makes the contract (walkthrough, signatures, conclusion) and syncs it.
    const made = tablet('rep', 'journey', { E2E_CUSTOMER: customer, E2E_CONTRACT: k });
    assert.equal(made.stageName, 'contracted');

    // A wrong password: the lock-out-safe words, HTTP 401, no session.
    const staff = await open(lang);
    assert.equal(await signIn(staff, 'call-001', 'not-the-password-at-all'), 401);
    assert.ok((await notice(staff)).includes(T.signInFailed));
    await shot(staff, lang, 'sign-in-failed');
    // An unknown user gets the very same words.
    assert.equal(await signIn(staff, 'nobody-here', 'not-the-password-at-all'), 401);
    assert.ok((await notice(staff)).includes(T.signInFailed));

    // Confirmation staff sign in: the queue shows the tablet's contract, due for C1.
    assert.equal(await signIn(staff, 'call-001'), 200);
    assert.equal(new URL(staff.url()).pathname, '/console/queue');
    assert.equal(await staff.locator('h1').first().innerText(), T.queue);
    await assert.doesNotReject(dueRow(staff, k).waitFor());
    assert.match(await dueRow(staff, k).innerText(), /C1/);
    assert.ok((await dueRow(staff, k).innerText()).includes('山田 太郎'));
    await shot(staff, lang, 'queue', { tablet: true });

    // C1 with a problem: the customer says results were guaranteed (S1) → on hold with the reason.
    await dueRow(staff, k).locator('a.button').click();
    await staff.waitForURL(/\/console\/call\?/);
    assert.ok((await staff.locator('main').innerText()).includes('山田 太郎'));
    assert.equal(await staff.locator('#script-h').count(), 1);
    await shot(staff, lang, 'call-c1', { tablet: true });
    await answerCall(staff, { reached: 'yes', guarantee: 'yes', conduct: 'yes' });
    await staff.fill('#note', 'E2E: 「必ず売上が上がる」と言われた');
    assert.equal(await submit(staff, staff.locator('form[action="/console/call"] button[type=submit]')), 200);
    assert.ok((await notice(staff)).includes(T.onHold(k)));
    assert.equal(await dueRow(staff, k).count(), 0);
    assert.ok((await heldRow(staff, k).innerText()).includes(T.guarantee));
    await shot(staff, lang, 'queue-on-hold');

    // The hold page: what the call found; staff may not resolve it.
    await heldRow(staff, k).locator('a.button').click();
    await staff.waitForURL(/\/console\/hold\?/);
    const holdText = await staff.locator('main').innerText();
    assert.ok(holdText.includes(T.guarantee));
    assert.ok(holdText.includes('必ず売上が上がる'));
    assert.ok(holdText.includes(T.onlyAdmin));
    assert.equal(await staff.locator('form[action="/console/hold"]').count(), 0);
    await shot(staff, lang, 'hold-staff', { tablet: true });

    // An auditor reads every page but the server refuses their call, even with a valid session and CSRF token.
    const auditor = await open(lang);
    assert.equal(await signIn(auditor, 'audit-001'), 200);
    await shot(auditor, lang, 'queue-auditor');
    await auditor.goto(`${base}/console/call?contract=${encodeURIComponent(k)}&stage=C1`);
    assert.ok((await auditor.locator('main').innerText()).includes(T.readOnly));
    assert.equal(await auditor.locator('form[action="/console/call"]').count(), 0);
    await shot(auditor, lang, 'call-auditor');
    const callsBefore = await historyRows(auditor).count();
    assert.equal(callsBefore, 1);
    const refused = await forge(auditor, '/console/call',
        { contract: k, stage: 'C1', reached: 'yes', guarantee: 'no', conduct: 'yes', note: '' });
    assert.equal(refused, 403);
    await shot(auditor, lang, 'call-auditor-refused');
    await auditor.goto(`${base}/console/call?contract=${encodeURIComponent(k)}&stage=C1`);
    assert.equal(await historyRows(auditor).count(), callsBefore);
    // The auditor's contract list and alerts pages.
    await auditor.goto(`${base}/console/contracts`);
    assert.equal(await auditor.locator(`tr[data-contract="${k}"]`).count(), 1);
    await shot(auditor, lang, 'contracts-auditor', { tablet: true });
    assert.equal((await auditor.goto(`${base}/console/alerts`)).status(), 200);
    await shot(auditor, lang, 'alerts-auditor');
    // Nor may the auditor start a contract.
    await auditor.goto(contractUrl(k));
    assert.equal(await auditor.locator('#start-contract').count(), 0);
    await shot(auditor, lang, 'contract-auditor');
    assert.equal(await forge(auditor, '/console/contract/start', { contract: k }), 403);
    await auditor.context().close();

    // The compliance admin resolves the hold: the contract is due for C1 again.
    const adminPage = await open(lang);
    assert.equal(await signIn(adminPage, 'admin-001'), 200);
    await heldRow(adminPage, k).locator('a.button').click();
    await adminPage.waitForURL(/\/console\/hold\?/);
    await shot(adminPage, lang, 'hold-admin', { tablet: true });
    await adminPage.fill('#resolution', 'E2E: 顧客に再説明し、保証はない旨を確認しました');
    assert.equal(await submit(adminPage, adminPage.locator('form[action="/console/hold"] button[type=submit]')), 200);
    assert.ok((await notice(adminPage)).includes(T.resolved(k)));
    assert.equal(await heldRow(adminPage, k).count(), 0);
    assert.match(await dueRow(adminPage, k).innerText(), /C1/);
    await shot(adminPage, lang, 'queue-resolved');

    // C1 clean.
    await staff.goto(`${base}/console/queue`);
    await dueRow(staff, k).locator('a.button').click();
    await staff.waitForURL(/\/console\/call\?/);
    // The calls so far: the problem call is listed as on hold.
    assert.ok((await staff.locator('main').innerText()).includes(T.problemTag));
    await shot(staff, lang, 'call-c1-again');
    await answerCall(staff, { reached: 'yes', guarantee: 'no', conduct: 'yes' });
    assert.equal(await submit(staff, staff.locator('form[action="/console/call"] button[type=submit]')), 200);
    assert.ok((await notice(staff)).includes(T.passed(k, 'C1')));
    assert.equal(await dueRow(staff, k).count(), 0);
    await shot(staff, lang, 'queue-c1-passed');

    // Head office assigns the installer; the installer's tablet delivers (lecture over the minimum, sign-off).
    admin(['assign', '--actor', 'admin-001', '--contract', k, '--installer', 'inst-001']);
    const delivered = tablet('inst', 'deliver', { E2E_CONTRACT: k });
    assert.equal(delivered.stageName, 'delivered');
    assert.ok(delivered.lectureRunningMs >= delivered.lectureMinimumMinutes * 60_000);

    // C2 is due and clean.
    await staff.goto(`${base}/console/queue`);
    assert.match(await dueRow(staff, k).innerText(), /C2/);
    await dueRow(staff, k).locator('a.button').click();
    await staff.waitForURL(/\/console\/call\?/);
    await shot(staff, lang, 'call-c2');
    await answerCall(staff, { reached: 'yes', guarantee: 'no', conduct: 'yes', lecture: 'yes' });
    assert.equal(await submit(staff, staff.locator('form[action="/console/call"] button[type=submit]')), 200);
    assert.ok((await notice(staff)).includes(T.passed(k, 'C2')));
    await shot(staff, lang, 'queue-c2-passed');

    // The contract page: the start button is disabled and names what is missing (the trial, D3).
    await adminPage.goto(contractUrl(k));
    assert.ok(await adminPage.locator('#start-contract').isDisabled());
    assert.equal(await adminPage.getAttribute('#start-missing', 'data-missing'), 'trial');
    await shot(adminPage, lang, 'contract-not-ready', { tablet: true });
    // A confirmation caller cannot start a contract: no button, and the server refuses the form (M2).
    await staff.goto(contractUrl(k));
    assert.equal(await staff.locator('#start-contract').count(), 0);
    await shot(staff, lang, 'contract-staff');
    assert.equal(await forge(staff, '/console/contract/start', { contract: k }), 403);

    // The installer's tablet starts the trial; after it head office confirms the use (D3): C3 is due.
    const trial = tablet('inst', 'trial', { E2E_CONTRACT: k });
    assert.equal(trial.stageName, 'in_trial');
    admin(['record-event', '--actor', 'admin-001', '--type', 'usage.confirmed', '--aggregate', k, '--payload',
        JSON.stringify({ used: 1, noDefects: 1, mayStart: 1 })]);
    await adminPage.goto(contractUrl(k));
    assert.ok(await adminPage.locator('#start-contract').isDisabled());
    assert.equal(await adminPage.getAttribute('#start-missing', 'data-missing'), 'call_c3');
    await shot(adminPage, lang, 'contract-waiting-c3');
    await staff.goto(`${base}/console/queue`);
    assert.match(await dueRow(staff, k).innerText(), /C3/);
    await dueRow(staff, k).locator('a.button').click();
    await staff.waitForURL(/\/console\/call\?/);
    await shot(staff, lang, 'call-c3');
    await answerCall(staff, { reached: 'yes', guarantee: 'no', conduct: 'yes', lecture: 'yes', used: 'yes' });
    assert.equal(await submit(staff, staff.locator('form[action="/console/call"] button[type=submit]')), 200);
    assert.ok((await notice(staff)).includes(T.passed(k, 'C3')));
    assert.equal(await dueRow(staff, k).count(), 0);
    await shot(staff, lang, 'queue-c3-done');

    // The start (D3, M2) on the contract page: every condition holds, the admin starts the contract.
    assert.equal((await adminPage.goto(contractUrl(k))).status(), 200);
    assert.equal(await adminPage.locator('#start-ready').count(), 1);
    assert.equal(await adminPage.locator('#start-missing').count(), 0);
    assert.ok(await adminPage.locator('#start-contract').isEnabled());
    await shot(adminPage, lang, 'contract', { tablet: true });
    assert.equal(await submit(adminPage, adminPage.locator('#start-contract')), 200);
    assert.equal(new URL(adminPage.url()).searchParams.get('done'), 'started');
    assert.equal(await adminPage.locator('#start-contract').count(), 0);
    assert.equal(await adminPage.getAttribute('#start-missing', 'data-missing'), 'already_started');
    await shot(adminPage, lang, 'contract-started');
    // The evidence check of the contract's events (chain, device signature, content hash, strokes, receipt time):
    // everything the tablets and head office recorded in this flow passes.
    const failedChecks = await adminPage.locator('#evidence-table tr[data-passed="0"]').evaluateAll((rows) =>
        rows.map((r) => ({ type: r.querySelector('code')?.textContent,
            codes: [...r.querySelectorAll('li.fail code')].map((c) => c.textContent) })));
    t.diagnostic(`evidence check: ${JSON.stringify(failedChecks)}`);
    assert.ok(await adminPage.locator('#evidence-table tr[data-passed="1"]').count() >= 10);
    assert.deepEqual(failedChecks, []);
    // (The PDF copies need the real content pack the contract was explained with; tests/sync's journey builder
    // cites a test pack, so test_console_copies_* covers them, with the shipped pack.)
    // The admin pages: devices and users (both tablets, every demo user), policies, export.
    assert.equal((await adminPage.goto(`${base}/console/devices`)).status(), 200);
    assert.ok(await adminPage.locator('#devices-table tbody tr').count() >= 2);
    for (const user of ['rep-001', 'inst-001', 'call-001', 'admin-001', 'audit-001'])
        assert.equal(await adminPage.locator('#users-table tbody tr', { hasText: user }).count(), 1, user);
    await shot(adminPage, lang, 'devices', { tablet: true });
    assert.equal((await adminPage.goto(`${base}/console/policies`)).status(), 200);
    assert.ok(await adminPage.locator('#publish-policy').isEnabled());
    await shot(adminPage, lang, 'policies', { tablet: true });
    assert.equal((await adminPage.goto(`${base}/console/export`)).status(), 200);
    assert.ok(await adminPage.locator('#export-contracts').isEnabled());
    await shot(adminPage, lang, 'export');
    await adminPage.context().close();
    await staff.context().close();

    // The rep's tablet pulls the state through the real sync engine: the calls, the hold and its resolution.
    const pulled = tablet('rep', 'state', { E2E_CONTRACT: k });
    assert.equal(pulled.state.stageName, 'started');
    assert.ok(pulled.state.startedAt > 0);
    assert.equal(pulled.state.c1Clean, 1);
    assert.equal(pulled.state.c2Clean, 1);
    assert.equal(pulled.state.c3Clean, 1);
    assert.equal(pulled.state.holds, 1);
    assert.equal(pulled.state.onHold, 0);
    const calls = pulled.headOffice.filter((e) => e.type === 'call.recorded');
    assert.deepEqual(calls.map((e) => e.payload.stage), ['C1', 'C1', 'C2', 'C3']);
    assert.equal(calls[0].payload.guaranteeMentioned, 1);
    assert.ok(calls.every((e) => e.actor === 'call-001'));
    assert.deepEqual(pulled.headOffice.filter((e) => e.type === 'hold.resolved').map((e) => e.actor), ['admin-001']);
    assert.deepEqual(pulled.headOffice.filter((e) => e.type === 'contract.started').map((e) => e.actor), ['admin-001']);
}

for (const lang of ['ja', 'en']) {
    test(`${STORE} ${lang}: sign-in, C1 with a problem → hold → resolved, C1 C2 C3 clean, start, tablet pulls the state (M2, S1, D1, D3)`,
        (t) => flow(t, lang));
}
