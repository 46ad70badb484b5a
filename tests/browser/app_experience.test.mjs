// The quality of the experience around the playbook: a phone and a wide
// monitor, the system's dark theme, the keyboard, the accessible view, the
// type-ahead, copy buttons, the practice timer, idle cost, the on-screen
// keyboard of a touch screen, embedding consent and "forget everything".
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { REPO_DIR, SITE_DIR, WAIT_CEILING_MS, launchBrowser, openApp, startSiteServer } from './app_harness.mjs';
import { startStaticServer } from './static_server.mjs';
import {
  STORAGE, clickControl, control, goToSection, openExamplePlaybook, pressControl, state, waitForState,
} from './app_hook.mjs';

let browser;
let server;
before(async () => {
  server = await startSiteServer();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('on a 390 px phone the navigation becomes a menu and nothing spills off screen', async () => {
  const app = await openApp(browser, server, { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3 });
  await app.screenshot('app-phone-start');
  let s = await state(app);
  const offscreen = s.controls.filter((c) => c.x < -1 || c.x + c.w > 391);
  assert.deepEqual(offscreen.map((c) => c.id), [], 'controls wider than the phone');
  await openExamplePlaybook(app);
  s = await state(app);
  assert.equal(s.layout, 'phone');
  assert.equal(await control(app, 'nav:2'), undefined, 'the side navigation should be folded away');
  assert.ok(await control(app, 'sections-menu'));
  await app.screenshot('app-phone-section-01');
  await pressControl(app, 'sections-menu');
  await app.screenshot('app-phone-menu');
  await pressControl(app, 'nav:5');
  assert.equal((await state(app)).section, 5);
  await app.screenshot('app-phone-section-05');
  // A finger drag scrolls the section.
  const before = await app.page.screenshot();
  const cdp = await app.context.newCDPSession(app.page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: 200, y: 700 }] });
  for (let y = 680; y >= 300; y -= 40) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: 200, y }] });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await app.settle(30);
  assert.equal((await state(app)).section, 5, 'the drag pressed something instead of scrolling');
  assert.notDeepEqual(await app.page.screenshot(), before, 'the drag did not scroll');
  await pressControl(app, 'menu');
  assert.ok(await control(app, 'export-json'), 'the menu offers the exports');
  assert.deepEqual(app.consoleErrors, []);
  await app.close();
});

test('the mouse wheel scrolls the playbook one notch at a time, down for down', async () => {
  const app = await openApp(browser, server);
  await openExamplePlaybook(app);
  await goToSection(app, 5);
  // A control in the section's content, and where it is drawn.
  const content = (s) => s.controls.find((c) => c.id.startsWith('blank:'));
  const start = content(await state(app));
  assert.ok(start, 'no blank in the stories section');
  await app.page.mouse.move(800, 400);
  await app.page.mouse.wheel(0, 100);  // one notch down, as Chromium reports it (100 px)
  await app.settle(8);
  const down = (await state(app)).controls.find((c) => c.id === start.id);
  assert.ok(down, 'the content jumped out of sight after one notch');
  const moved = start.y - down.y;
  assert.ok(moved > 20 && moved < 400, `one notch down moved the content up by ${moved} px`);
  await app.page.mouse.wheel(0, -100);
  await app.settle(8);
  const back = (await state(app)).controls.find((c) => c.id === start.id);
  assert.ok(Math.abs(back.y - start.y) < 2, `one notch up did not come back (${start.y} -> ${back.y})`);
  assert.deepEqual(app.consoleErrors, []);
  await app.close();
});

test('on a 2560 px monitor the content is capped in width and centred', async () => {
  const app = await openApp(browser, server, { viewport: { width: 2560, height: 1300 } });
  await openExamplePlaybook(app);
  const s = await state(app);
  const nav = s.controls.find((c) => c.id === 'nav:1');
  const next = s.controls.find((c) => c.id === 'next');
  const left = nav.x;
  const right = next.x + next.w;
  assert.ok(right - left < 1400, `content spans ${right - left} px`);
  assert.ok(Math.abs(left - (2560 - right)) < 200, `not centred: ${left} px left, ${2560 - right} px right`);
  await app.screenshot('app-wide-monitor');
  await app.close();
});

test('the theme follows the system\'s dark setting, live', async () => {
  const app = await openApp(browser, server);
  await app.page.emulateMedia({ colorScheme: 'dark' });
  await waitForState(app, () => window.__ip.state().theme === 'dark');
  await openExamplePlaybook(app);
  const png = await app.screenshot('app-dark-section-01');
  const stats = await app.imageStats(png);
  assert.ok(stats.mean < 80, `the page is not dark: mean luminance ${stats.mean}`);
  await app.page.emulateMedia({ colorScheme: 'light' });
  await waitForState(app, () => window.__ip.state().theme === 'light');
  assert.ok((await app.imageStats(await app.page.screenshot())).mean > 180);
  await app.close();
});

test('the keyboard alone: Tab moves through controls, Enter presses, arrows move, Esc closes', async () => {
  const app = await openApp(browser, server);
  await openExamplePlaybook(app);
  const seen = [];
  for (let i = 0; i < 30 && (await state(app)).focused !== 'nav:5'; i++) {
    await app.page.keyboard.press('Tab');
    await app.settle(6);
    seen.push((await state(app)).focused);
  }
  assert.equal((await state(app)).focused, 'nav:5', `Tab went through ${seen.join(', ')}`);
  assert.ok(seen.indexOf('nav:4') < seen.indexOf('nav:5'), 'Tab does not follow reading order');
  await app.page.keyboard.press('Enter');
  await app.settle(6);
  assert.equal((await state(app)).section, 5);
  // Arrow keys move within the list; Space presses too.
  await app.page.keyboard.press('ArrowDown');
  await app.settle(6);
  assert.equal((await state(app)).focused, 'nav:6');
  await app.page.keyboard.press('Space');
  await app.settle(6);
  assert.equal((await state(app)).section, 6);
  await app.page.keyboard.press('Shift+Tab');
  await app.settle(6);
  assert.equal((await state(app)).focused, 'nav:5');
  // Esc closes an answer field without saving.
  await goToSection(app, 5);
  // A key press reaches the app on its next frames: settle generously.
  const blank = (await state(app)).controls.find((c) => c.id.startsWith('blank:'));
  await clickControl(app, blank.id);
  await app.page.keyboard.type('not this');
  await app.settle();
  await app.page.keyboard.press('Escape');
  await app.settle();
  const s = await state(app);
  assert.equal(s.editing, '');
  assert.equal(s.playbook.answered, 0);
  await app.close();
});

test('the accessible view shows the playbook as page content a screen reader can read', async () => {
  const app = await openApp(browser, server);
  assert.equal(await app.page.isHidden('#a11y-view'), true, 'no playbook yet, nothing to read');
  assert.ok((await app.page.textContent('#a11y-about')).includes('Interview Playbook'));
  await openExamplePlaybook(app);
  assert.equal(await app.page.isHidden('#a11y-view'), false);
  await pressControl(app, 'accessible-view');
  const dialog = app.page.locator('#ip-overlay[role="dialog"]');
  await dialog.waitFor();
  assert.match(await app.page.title(), /Interview playbook/);
  // The report sits in a shadow root: page content, in the accessibility tree.
  const headings = await dialog.locator('h2').allInnerTexts();
  assert.equal(headings.length, 10, `sections: ${headings.join(' | ')}`);
  assert.match(headings[0], /Your prep starts here/);
  assert.match(await dialog.locator('h1').last().innerText(), /Jordan/i);
  const tree = await dialog.ariaSnapshot();
  assert.match(tree, /heading "Where you stand"/);
  assert.match(tree, /button "Back to the app"/);
  assert.equal(await app.page.evaluate(() => document.activeElement.id), 'ip-overlay-close');
  await app.screenshot('app-accessible-view');
  await app.page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  // The page's own first Tab stop opens it too.
  await app.page.focus('#a11y-view');
  await app.page.keyboard.press('Enter');
  await dialog.waitFor();
  await app.page.click('#ip-overlay-close');
  await dialog.waitFor({ state: 'detached' });
  assert.deepEqual(app.consoleErrors, []);
  assert.deepEqual(app.externalRequests(), []);
  await app.close();
});

test('company and role suggest from the knowledge base as you type', async () => {
  const app = await openApp(browser, server);
  await pressControl(app, 'company');
  await app.page.keyboard.type('goo');
  await app.settle();
  const suggestion = await control(app, 'suggestion:Google');
  assert.ok(suggestion, 'Google was not suggested for "goo"');
  await app.screenshot('app-typeahead');
  await app.page.mouse.click(suggestion.x + suggestion.w / 2, suggestion.y + suggestion.h / 2);
  await waitForState(app, () => window.__ip.state().inputs.company === 'Google');
  // Keyboard: Down picks the first suggestion, Enter takes it.
  await pressControl(app, 'role');
  await app.page.keyboard.type('data');
  await app.settle();
  const first = (await state(app)).controls.find((c) => c.id.startsWith('suggestion:'));
  assert.ok(first, 'no role suggestion for "data"');
  // A frame between the keys, as between a person's key presses.
  await app.page.keyboard.press('ArrowDown');
  await app.settle();
  await app.page.keyboard.press('Enter');
  await waitForState(app, (want) => window.__ip.state().inputs.role === want, first.id.slice('suggestion:'.length));
  await app.close();
});

test('copy buttons put the pitch and the stories on the clipboard, answers included', async () => {
  const app = await openApp(browser, server, { permissions: ['clipboard-read', 'clipboard-write'] });
  await openExamplePlaybook(app);
  await goToSection(app, 4);
  await pressControl(app, 'copy:pitch30');
  const pitch = await app.page.evaluate(() => navigator.clipboard.readText());
  assert.match(pitch, /^I'm|^I’m|Jordan/);
  assert.ok(pitch.length > 150);
  await goToSection(app, 5);
  const blank = (await state(app)).controls.find((c) => c.id.startsWith('blank:'));
  await clickControl(app, blank.id);
  await app.page.keyboard.type('Search latency doubled on Prime Day');
  await app.page.keyboard.press('Enter');
  await app.settle();
  await pressControl(app, 'copy:story:s0');
  const story = await app.page.evaluate(() => navigator.clipboard.readText());
  assert.match(story, /Situation: .*Search latency doubled on Prime Day/);
  assert.ok(!story.includes(`[${blank.id.slice(6)}]`));
  assert.match(story, /\[[^\]]+\]/, 'open blanks are copied as [prompt]');
  await app.close();
});

test('the practice timer counts a story\'s two to three minutes', async () => {
  const app = await openApp(browser, server);
  await openExamplePlaybook(app);
  await goToSection(app, 5);
  await clickControl(app, 'practice:s0');
  assert.equal((await state(app)).timer, 's0');
  // The clock redraws by itself, with no input: two more frames arrive
  // (about two seconds; the ceiling is for a loaded machine). Once a second,
  // not every frame: the frames drawn are bounded by the seconds that passed.
  const clock = () => app.page.evaluate(() => ({ ms: performance.now(), frames: window.__ip.state().frames_rendered }));
  const start = await clock();
  await waitForState(app, (f) => window.__ip.state().frames_rendered >= f + 2, start.frames);
  const end = await clock();
  const seconds = (end.ms - start.ms) / 1000;
  const ticked = end.frames - start.frames;
  assert.ok(ticked <= 3 * Math.ceil(seconds) + 3, `${ticked} frames in ${seconds.toFixed(1)} s of timer`);
  await app.screenshot('app-practice-timer');
  await clickControl(app, 'practice-stop:s0');
  assert.equal((await state(app)).timer, '');
  await app.close();
});

test('an idle app draws nothing', async () => {
  const app = await openApp(browser, server);
  await openExamplePlaybook(app);
  await app.settle(10);
  const frames = (await state(app)).frames_rendered;
  await app.page.waitForTimeout(1500);
  assert.equal((await state(app)).frames_rendered, frames, 'frames were drawn with nothing happening');
  await app.page.mouse.wheel(0, 400);
  await app.settle(4);
  assert.ok((await state(app)).frames_rendered > frames, 'scrolling did not redraw');
  await app.close();
});

test('on a touch screen, tapping a text field opens the on-screen keyboard and its typing arrives', async () => {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true, serviceWorkers: 'block',
  });
  context.setDefaultTimeout(WAIT_CEILING_MS);
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => document.body.dataset.ready === '1' && document.getElementById('loading').hidden);
  // Where the app drew the field once its layout has settled (two frames alike).
  const field = await page.evaluate(() => new Promise((done) => {
    let last = '';
    const look = () => {
      const c = window.__ip.state().controls.find((x) => x.id === 'company');
      const now = JSON.stringify(c || null);
      if (c && now === last) done(c);
      else { last = now; requestAnimationFrame(look); }
    };
    look();
  }));
  await page.touchscreen.tap(field.x + field.w / 2, field.y + field.h / 2);
  await page.waitForFunction(() => document.activeElement && document.activeElement.tagName === 'INPUT' &&
    document.activeElement.getAttribute('aria-hidden') === 'true');
  // What a phone keyboard sends: input events, no key events.
  await page.keyboard.insertText('Stripe');
  await page.waitForFunction(() => window.__ip.state().inputs.company === 'Stripe', null, { timeout: WAIT_CEILING_MS });
  await page.evaluate(() => {
    const input = document.activeElement;
    input.value = '';
    input.dispatchEvent(new InputEvent('input', { inputType: 'deleteContentBackward' }));
  });
  await page.waitForFunction(() => window.__ip.state().inputs.company === 'Strip', null, { timeout: WAIT_CEILING_MS });
  await context.close();
});

test('"Forget everything" asks first, then leaves nothing behind', async () => {
  const app = await openApp(browser, server);
  await openExamplePlaybook(app);
  await pressControl(app, 'edit-inputs');
  assert.ok(await app.storedValue(STORAGE.inputs));
  await pressControl(app, 'forget');
  await app.screenshot('app-forget-confirm');
  await pressControl(app, 'Forget everything?.cancel');
  assert.ok(await app.storedValue(STORAGE.inputs), 'cancel deleted the inputs');
  await pressControl(app, 'forget');
  // The page reloads on confirm, so no settling after the click.
  const confirm = await control(app, 'Forget everything?.confirm');
  assert.ok(confirm, 'the confirm button is not on screen');
  await Promise.all([app.page.waitForEvent('load'),
    app.page.mouse.click(confirm.x + confirm.w / 2, confirm.y + confirm.h / 2)]);
  await app.waitForFirstFrame();
  assert.equal(await app.page.evaluate(() => localStorage.length), 0);
  const s = await state(app);
  assert.equal(s.screen, 'start');
  assert.equal(s.inputs.resume_chars, 0);
  await app.close();
});

test('embedded in another site, the playbook is shared only after the consent button', async () => {
  const hostServer = await startStaticServer({ root: SITE_DIR });
  // An app server that lets this host frame it (frame-ancestors).
  const appServer = await startSiteServer({ embedHosts: [new URL(hostServer.url).origin] });
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${hostServer.url}examples/host.html?app=${encodeURIComponent(appServer.url)}`);
  await page.waitForFunction(() => window.receivedEvents.some((e) => e.name === 'ready'), null, { timeout: 60000 });
  const frame = page.frames().find((f) => f.url().startsWith(appServer.url));
  await frame.waitForFunction(() => window.__ip.state().job_read?.ok === true, null, { timeout: WAIT_CEILING_MS });
  let s = await frame.evaluate(() => window.__ip.state());
  assert.equal(s.embed_host, new URL(hostServer.url).origin);
  assert.equal(s.inputs.company, 'Northwind Traders', 'the host\'s company was not taken');
  assert.ok(s.inputs.job_chars > 100, 'the host\'s job description was not taken');

  const resume = await readFile(path.join(REPO_DIR, 'tests/fixtures/seed-case/resume.txt'), 'utf8');
  await frame.evaluate((text) => window.dispatchEvent(Object.assign(new Event('paste'), {
    clipboardData: { getData: () => text } })), resume);
  await frame.evaluate(() => window.__ip.click('generate'));
  await frame.waitForFunction(() => window.__ip.state().screen === 'playbook', null, { timeout: 60000 });
  const generated = () => page.evaluate(() => window.receivedEvents.filter((e) => e.name === 'generated').length);
  assert.equal(await generated(), 0, 'the playbook left the app before consent');
  // A click counts once the app has been in plain view for a moment.
  await frame.waitForFunction(() => window.IPEmbed.clickCounts(), null, { timeout: WAIT_CEILING_MS });
  await frame.evaluate(() => window.__ip.click('share'));
  await page.waitForFunction(() => window.receivedEvents.some((e) => e.name === 'generated'), null, { timeout: WAIT_CEILING_MS });
  const doc = await page.evaluate(() => window.receivedEvents.find((e) => e.name === 'generated').detail.playbook);
  assert.equal(doc.schema, 'playbook/1');
  assert.equal(doc.job.company, 'Northwind Traders');
  s = await frame.evaluate(() => window.__ip.state());
  assert.equal(s.shared, true);
  await context.close();
  await hostServer.close();
  await appServer.close();
});
