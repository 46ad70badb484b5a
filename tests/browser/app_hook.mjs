// Driving the ImGui app from the browser tests through its test hook
// (src/app/test_hook.h): window.__ip.state() describes the screen -- which
// screen and section, the inputs, what the engine read, the playbook's
// counts, and every control drawn in the last frame with its rectangle in
// CSS pixels -- and window.__ip.click(id) presses a control on the next
// frame. Tests press controls with the real mouse where they can
// (pressControl) and fall back to the hook for off-screen ones.
import assert from 'node:assert/strict';
import { WAIT_CEILING_MS } from './app_harness.mjs';

export const STORAGE = {
  inputs: 'interview-playbook.inputs.v1',
  fills: 'interview-playbook.fills.v1',
  view: 'interview-playbook.view.v1',
  generating: 'interview-playbook.generating.v1',
};

export function state(app) {
  return app.page.evaluate(() => window.__ip.state());
}

// The control `id` as last drawn ({id, x, y, w, h}), or undefined.
export async function control(app, id) {
  return (await state(app)).controls.find((c) => c.id === id);
}

// The centre of the control `id` as drawn, once the app has drawn it at the
// same place over a few frames (the first frames may still lay out).
export async function centreOf(app, id) {
  await waitForState(app, (i) => window.__ip.state().controls.some((c) => c.id === i), id);
  let c = await control(app, id);
  for (;;) {
    await app.settle(3);
    const again = await control(app, id);
    if (JSON.stringify(again) === JSON.stringify(c)) break;
    c = again;
  }
  return { x: c.x + c.w / 2, y: c.y + c.h / 2 };
}

// Presses the control through the hook; fails when it is not on screen.
export async function clickControl(app, id) {
  const pressed = await app.page.evaluate((i) => window.__ip.click(i), id);
  assert.ok(pressed, `control "${id}" is not on screen`);
  await app.settle();
}

// Presses the control with the mouse at the centre of its rectangle.
export async function pressControl(app, id) {
  const c = await control(app, id);
  assert.ok(c, `control "${id}" is not on screen`);
  await app.page.mouse.click(c.x + c.w / 2, c.y + c.h / 2);
  await app.settle();
}

export function waitForState(app, predicate, arg, timeout = WAIT_CEILING_MS) {
  return app.page.waitForFunction(predicate, arg, { timeout, polling: 50 });
}

// Loads the built-in example and waits for its playbook.
export async function openExamplePlaybook(app) {
  await pressControl(app, 'example');
  await waitForState(app, () => window.__ip.state().screen === 'playbook');
  await app.settle();
  return state(app);
}

// Goes to section n (1-10) the way a user does on this layout: the
// navigation on a wide screen, the section menu on a phone.
export async function goToSection(app, n) {
  if (!(await control(app, `nav:${n}`))) await pressControl(app, 'sections-menu');
  await pressControl(app, `nav:${n}`);
  await waitForState(app, (want) => window.__ip.state().section === want, n);
}

// Triggers a download with `trigger` and returns {name, bytes}.
export async function download(app, trigger) {
  const [file] = await Promise.all([app.page.waitForEvent('download'), trigger()]);
  const stream = await file.createReadStream();
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return { name: file.suggestedFilename(), bytes: Buffer.concat(chunks) };
}
