#!/usr/bin/env node
// Runs commands in the real Neo4j Browser (headless Debian chromium through playwright-core,
// which never downloads a browser) and checks the first row of the last command's table.
//
// stdin: one JSON document
//   {"browserUrl": "http://127.0.0.1:7474/browser/",
//    "connectUrl": "bolt://127.0.0.1:7687",                (or neo4j://…)
//    "commands": [":param dataset => 'ImageNet'", ":param limit => 50", "MATCH … RETURN …"],
//    "expectParams": {"dataset": "ImageNet", "limit": 50},   (optional: what each :param frame shows)
//    "expectFirstRow": {"method": "CLIP ViT-L/14", "papers": 1},  (column → value; strings, numbers,
//                                                                   booleans, null)
//    "screenshot": "test-artifacts/neo4j-browser.png",
//    "timeoutMs": 180000}                                    (optional, per step)
// environment: KG_NEO4J_USER, KG_NEO4J_PASSWORD (credentials never go through argv or stdin),
//              KG_CHROMIUM (default /usr/bin/chromium), KG_BROWSER_E2E_HEADFUL=1 (watch it).
//
// Every command is pasted into the Browser's editor and run on its own (Ctrl+Enter), like a user
// running the `:param` lines of a query file first and then its query; the Browser's own history
// must then hold exactly that text (no editor auto-closing or re-indenting slipped in).
// stdout: progress lines; the last one starts with `browser-e2e: OK`.
// exit:   0 pass, 1 check failed (message on stderr, screenshot saved), 2 bad input / crash.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage',
];

class CheckFailed extends Error {}

const started = Date.now();
function log(msg) {
  console.log(`[${((Date.now() - started) / 1000).toFixed(1)}s] ${msg}`);
}

function readSpec() {
  let raw;
  try {
    raw = fs.readFileSync(0, 'utf8');
  } catch (err) {
    throw new Error(`cannot read the JSON spec from stdin: ${err.message}`);
  }
  const spec = JSON.parse(raw);
  for (const key of ['browserUrl', 'connectUrl', 'commands', 'screenshot']) {
    if (!spec[key]) throw new Error(`spec is missing "${key}"`);
  }
  if (!Array.isArray(spec.commands) || spec.commands.length === 0) throw new Error('spec.commands must be a non-empty list');
  return spec;
}

// How the Browser's table view prints a value (strings quoted, numbers plain).
function browserText(value) {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return `"${value}"`;
  return String(value);
}

const norm = (s) => String(s ?? '').replace(/\s+/g, ' ').trim();

async function frameSummary(frame) {
  try {
    return norm(await frame.innerText({ timeout: 5000 })).slice(0, 1500);
  } catch {
    return '(frame text unavailable)';
  }
}

async function connect(page, spec, user, password, timeout) {
  log(`opening ${spec.browserUrl}`);
  await page.goto(spec.browserUrl, { timeout, waitUntil: 'domcontentloaded' });
  const connectButton = page.locator('[data-testid="connect"]');
  try {
    await connectButton.waitFor({ state: 'visible', timeout });
  } catch {
    throw new CheckFailed(`the Browser's login form ([data-testid="connect"]) did not appear within ${timeout / 1000}s; page says: ${norm(await page.locator('body').innerText().catch(() => '')).slice(0, 800)}`);
  }
  log('login form is up');
  const m = /^(neo4j|bolt)(\+s|\+ssc)?:\/\/(.+)$/.exec(spec.connectUrl);
  if (m && !m[2]) {
    await page.selectOption('[data-testid="bolt-scheme-select"]', `${m[1]}://`);
    await page.fill('[data-testid="boltaddress"]', m[3]);
  } else {
    await page.fill('[data-testid="boltaddress"]', spec.connectUrl);
  }
  const method = page.locator('[data-testid="authenticationMethod"]');
  if (await method.count()) await method.selectOption('NATIVE');
  await page.fill('[data-testid="username"]', user);
  await page.fill('[data-testid="password"]', password);
  await connectButton.click();
  log(`connecting to ${spec.connectUrl} as ${user}`);

  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (await page.getByText('You are connected as user').count()) {
      log('connected');
      return;
    }
    const form = page.locator('[data-testid="frame"]', { has: page.locator('[data-testid="connect"]') });
    if (await form.count()) {
      const text = norm(await form.first().innerText().catch(() => ''));
      const err = /Neo\.\w+Error|ServiceUnavailable|WebSocket connection failure|Unauthorized|could not/i.exec(text);
      if (err) throw new CheckFailed(`login failed: ${text.slice(err.index, err.index + 800)}`);
    }
    await page.waitForTimeout(500);
  }
  throw new CheckFailed(`not connected within ${timeout / 1000}s (no "You are connected as user" frame)`);
}

async function runCommand(page, command, timeout) {
  const frames = page.locator('[data-testid="stream"] [data-testid="frame"]');
  const before = await frames.count();
  const editor = page.locator('[data-testid="activeEditor"]');
  await editor.waitFor({ state: 'visible', timeout });
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  // pasted like a user would: typed text gets auto-closed brackets from the Monaco editor
  await page.evaluate((text) => navigator.clipboard.writeText(text), command);
  await page.keyboard.press('Control+V');
  await page.keyboard.press('Control+Enter');
  // ran = a new frame appeared and the Browser's history (localStorage) holds the text it ran
  const lastRun = () => page.evaluate(() => {
    try {
      return JSON.parse(localStorage.getItem('neo4j.history') || '[]')[0];
    } catch {
      return undefined;
    }
  });
  const deadline = Date.now() + timeout;
  let ran;
  while (Date.now() < deadline) {
    ran = await lastRun();
    if ((await frames.count()) > before && ran === command) break;
    await page.waitForTimeout(250);
  }
  if ((await frames.count()) <= before) {
    throw new CheckFailed(`no new frame appeared within ${timeout / 1000}s after running: ${command.split('\n')[0]}`);
  }
  if (ran !== command) {
    throw new CheckFailed(`the Browser ran ${JSON.stringify(ran)} instead of ${JSON.stringify(command)}`);
  }
  return frames.first(); // newest frame on top
}

async function checkParamFrame(page, frame, command, expectParams, timeout) {
  const name = (/^\s*:param\s+`?(\w+)`?\s*=>/.exec(command) || [])[1];
  const raw = frame.locator('[data-testid="rawParamData"]');
  try {
    await raw.waitFor({ state: 'visible', timeout });
  } catch {
    throw new CheckFailed(`\`${command}\` did not set a parameter; its frame says: ${await frameSummary(frame)}`);
  }
  const shown = JSON.parse(await raw.innerText());
  log(`${command}  →  ${JSON.stringify(shown)}`);
  if (expectParams && name && Object.hasOwn(expectParams, name)) {
    if (JSON.stringify(shown[name]) !== JSON.stringify(expectParams[name])) {
      throw new CheckFailed(`\`${command}\` set ${name} = ${JSON.stringify(shown[name])}, expected ${JSON.stringify(expectParams[name])}`);
    }
  }
}

async function checkResultFrame(page, frame, expectFirstRow, timeout) {
  const table = frame.locator('[role="table"]');
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (await table.count()) break;
    const text = await frameSummary(frame);
    if (/Neo\.\w+Error|ERROR|\(no changes, no records\)/.test(text) && !/Started streaming/.test(text)) {
      throw new CheckFailed(`the query did not return a table; its frame says: ${text}`);
    }
    await page.waitForTimeout(500);
  }
  if (!(await table.count())) {
    throw new CheckFailed(`no result table within ${timeout / 1000}s; the frame says: ${await frameSummary(frame)}`);
  }
  const { headers, firstRow } = await table.first().evaluate((t) => ({
    headers: [...t.querySelectorAll('thead [role="columnheader"]')].map((h) => h.innerText),
    firstRow: [...(t.querySelector('tbody [role="row"]')?.querySelectorAll('[role="cell"]') ?? [])].map((c) => c.innerText),
  }));
  const row = Object.fromEntries(headers.map((h, i) => [norm(h), norm(firstRow[i])]));
  log(`table columns ${JSON.stringify(headers.map(norm))}; first row ${JSON.stringify(row).slice(0, 400)}`);
  const status = norm(await frame.locator('[data-testid="frameStatusbar"]').innerText().catch(() => ''));
  if (status) log(`status bar: ${status}`);
  const problems = [];
  for (const [column, value] of Object.entries(expectFirstRow || {})) {
    if (!Object.hasOwn(row, column)) problems.push(`column ${column} missing (columns: ${headers.map(norm).join(', ')})`);
    else if (row[column] !== norm(browserText(value))) problems.push(`${column}: shown ${row[column]}, expected ${browserText(value)}`);
  }
  if (problems.length) throw new CheckFailed(`first row differs from the driver's: ${problems.join('; ')}`);
}

async function main() {
  let spec;
  try {
    spec = readSpec();
  } catch (err) {
    console.error(`browser-e2e: bad input: ${err.message}`);
    return 2;
  }
  const user = process.env.KG_NEO4J_USER || 'neo4j';
  const password = process.env.KG_NEO4J_PASSWORD;
  if (password === undefined) {
    console.error('browser-e2e: bad input: set KG_NEO4J_PASSWORD (credentials are read from the environment only)');
    return 2;
  }
  const executablePath = process.env.KG_CHROMIUM || '/usr/bin/chromium';
  if (!fs.existsSync(executablePath)) {
    console.error(`browser-e2e: bad input: no chromium at ${executablePath} (set KG_CHROMIUM)`);
    return 2;
  }
  const timeout = Number(spec.timeoutMs) || 180000;
  const screenshot = path.resolve(spec.screenshot);
  fs.mkdirSync(path.dirname(screenshot), { recursive: true });

  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-browser-e2e-'));
  const consoleLines = [];
  let context;
  let page;
  try {
    log(`launching ${executablePath} (profile ${profile})`);
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: process.env.KG_BROWSER_E2E_HEADFUL !== '1',
      args: CHROMIUM_ARGS,
      permissions: ['clipboard-read', 'clipboard-write'],
      viewport: { width: 1400, height: 900 },
      timeout,
    });
    context.setDefaultTimeout(timeout);
    page = context.pages()[0] || (await context.newPage());
    page.on('console', (msg) => {
      if (msg.type() === 'error' || msg.type() === 'warning') consoleLines.push(`console.${msg.type()}: ${msg.text()}`);
    });
    page.on('pageerror', (err) => consoleLines.push(`pageerror: ${err.message}`));

    await connect(page, spec, user, password, timeout);
    const last = spec.commands.length - 1;
    for (const [i, command] of spec.commands.entries()) {
      log(`running ${i + 1}/${spec.commands.length}: ${command.split('\n')[0]}${command.includes('\n') ? ' …' : ''}`);
      const frame = await runCommand(page, command, timeout);
      if (/^\s*:param\b/.test(command)) await checkParamFrame(page, frame, command, spec.expectParams, timeout);
      else if (i === last) await checkResultFrame(page, frame, spec.expectFirstRow, timeout);
    }
    // the newest frame is on top; keep it in view for the screenshot
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(500);
    await page.screenshot({ path: screenshot });
    log(`screenshot: ${screenshot}`);
    console.log('browser-e2e: OK');
    return 0;
  } catch (err) {
    let shot = '';
    if (page) {
      try {
        await page.screenshot({ path: screenshot });
        shot = ` (screenshot: ${screenshot})`;
      } catch (e) {
        shot = ` (no screenshot: ${e.message})`;
      }
    }
    const kind = err instanceof CheckFailed ? 'FAILED' : 'ERROR';
    console.error(`browser-e2e: ${kind}: ${err.message}${shot}`);
    if (!(err instanceof CheckFailed) && err.stack) console.error(err.stack);
    if (consoleLines.length) console.error(`browser console (last 20):\n  ${consoleLines.slice(-20).join('\n  ')}`);
    return err instanceof CheckFailed ? 1 : 2;
  } finally {
    if (context) await context.close().catch(() => {});
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

process.exitCode = await main();
