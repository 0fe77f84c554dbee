// SPDX-License-Identifier: MIT
/**
 * Viewport and media emulation that work in every engine the suite runs in (Chromium, Firefox, WebKit),
 * through the server commands in test/infra/web-test-runner-launchers.mjs. Where an engine cannot do what a test needs,
 * the test says so and is skipped there (reported as skipped, never passed).
 */
import { executeServerCommand } from '@web/test-runner-commands';

/** The engines the suite runs in. */
export type Engine = 'chromium' | 'firefox' | 'webkit';

interface Answer {
  engine: Engine;
  applied: boolean;
}

async function command(name: string, payload?: unknown): Promise<Answer> {
  const answer = await executeServerCommand<Answer, unknown>(name, payload);
  if (!answer) throw new Error(`the test runner does not know "${name}": is web-test-runner.config.mjs in use?`);
  return answer;
}

/** The engine running this test file. */
export async function engine(): Promise<Engine> {
  return (await command('khojaly-engine')).engine;
}

/** Resizes the page's viewport to `width`×`height` CSS pixels; fails if the engine cannot. */
export async function setViewport(size: { width: number; height: number }): Promise<void> {
  const { engine, applied } = await command('khojaly-set-viewport', size);
  if (!applied) throw new Error(`${engine} cannot make a ${size.width}×${size.height} viewport`);
}

/**
 * Resizes the viewport, or skips the running test where the engine cannot get that narrow (WebKit's
 * MiniBrowser window stops at about 290 px).
 */
export async function setViewportOrSkip(test: Mocha.Context, size: { width: number; height: number }): Promise<void> {
  if (!(await command('khojaly-set-viewport', size)).applied) test.skip();
}

/** What a reader's browser can say about the page's medium and colour preference. */
export interface Media {
  media?: 'screen' | 'print';
  colorScheme?: 'light' | 'dark';
}

/** Emulates a media type or colour preference; false when this engine cannot (then nothing changed). */
export async function emulateMedia(media: Media): Promise<boolean> {
  return (await command('khojaly-emulate-media', media)).applied;
}

/**
 * Emulates `media`, or skips the running test where the engine cannot: WebDriver has no command for
 * prefers-color-scheme or print, so such tests run in Chromium only.
 */
export async function emulateMediaOrSkip(test: Mocha.Context, media: Media): Promise<void> {
  if (!(await emulateMedia(media))) test.skip();
}
