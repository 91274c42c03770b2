#!/usr/bin/env node
// One customer turn through the official Direct Line client (botframework-directlinejs), as PROTOCOLS.md E sets it up:
// start (or resume) a conversation with a token, post a message, wait for the bot's reply that contains a fragment.
// Prints exactly one JSON line with what it saw; exits 1 on timeout or error (that line then has "ok": false).
//
//   node clients/directline-client.js --domain http://127.0.0.1:5000/v3/directline --token T --mode websocket|polling
//        [--text "where is my parcel?" --expect tracking] [--user-id U] [--locale en-US]
//        [--conversation-id C [--watermark W]] [--expect-history fragment] [--refresh] [--timeout-ms 20000]
//
// Every option can also come from the environment as DL_<NAME> (DL_DOMAIN, DL_TOKEN, DL_MODE, DL_TEXT, ...).
'use strict';

global.XMLHttpRequest = require('xhr2'); // rxjs 5's Observable.ajax needs XHR; Node has none and would hang at Connecting
global.WebSocket = require('ws'); // DirectLineJS checks the global, not the option, even in polling mode

const { writeSync } = require('node:fs');
const { parseArgs } = require('node:util');
const { randomUUID } = require('node:crypto');
const { DirectLine, ConnectionStatus } = require('botframework-directlinejs');

const { values: args } = parseArgs({
  options: {
    domain: { type: 'string' },
    token: { type: 'string' },
    mode: { type: 'string' },
    text: { type: 'string' },
    expect: { type: 'string' },
    'user-id': { type: 'string' },
    locale: { type: 'string' },
    'conversation-id': { type: 'string' },
    watermark: { type: 'string' },
    'expect-history': { type: 'string' },
    refresh: { type: 'boolean' },
    'timeout-ms': { type: 'string' },
  },
  strict: true,
});

const option = (name, fallback) => {
  const fromEnv = process.env[`DL_${name.replace(/-/g, '_').toUpperCase()}`];
  return args[name] !== undefined ? args[name] : fromEnv !== undefined && fromEnv !== '' ? fromEnv : fallback;
};

const domain = option('domain');
const token = option('token');
const mode = option('mode', 'websocket');
const text = option('text');
const expected = option('expect', '');
const locale = option('locale');
const conversationId = option('conversation-id');
const expectedHistory = option('expect-history');
const refresh = option('refresh', false) === true || option('refresh') === '1';
const timeoutMs = Number(option('timeout-ms', '20000'));
const userId = option('user-id') || userFromToken(token) || `e2e-${randomUUID().slice(0, 8)}`;

const started = Date.now();
const waiters = []; // callbacks offered every activity as it arrives
const seenActivities = []; // so a waiter added late still sees what arrived before it
const pending = new Set(); // what we are still waiting for, for the timeout message
let directLine = null;
let timer = null;
let finished = false;
let clientActivityID = null;
const report = {
  ok: false,
  mode,
  conversationId: conversationId || null,
  userId,
  statuses: [],
  activities: [],
};

if (!domain || !token || (mode !== 'websocket' && mode !== 'polling')) {
  finish(2, 'usage: --domain and --token are required; --mode is websocket or polling');
}

directLine = new DirectLine({
  token,
  domain,
  webSocket: mode === 'websocket',
  pollingInterval: 300,
  conversationId,
  watermark: option('watermark'),
  conversationStartProperties: locale ? { locale } : undefined,
});

timer = setTimeout(() => finish(1, `timed out after ${timeoutMs} ms waiting for ${waitingFor()}`), timeoutMs);

directLine.connectionStatus$.subscribe((status) => {
  report.statuses.push(ConnectionStatus[status] || String(status));
  if (status === ConnectionStatus.FailedToConnect) finish(1, 'DirectLineJS reports FailedToConnect');
  if (status === ConnectionStatus.ExpiredToken) finish(1, 'DirectLineJS reports ExpiredToken');
  if (status === ConnectionStatus.Ended) finish(1, 'DirectLineJS reports the conversation Ended');
});

directLine.activity$.subscribe(
  (activity) => {
    report.activities.push(summarize(activity));
    seenActivities.push(activity);
    for (const waiter of [...waiters]) waiter(activity);
  },
  (error) => finish(1, `activity$ failed: ${describe(error)}`),
);

main().catch((error) => finish(1, describe(error)));

async function main() {
  await untilOnline();
  report.conversationId = directLine.conversationId;

  if (expectedHistory !== undefined) {
    const seen = await nextActivity((a) => a.type === 'message' && (a.text || '').includes(expectedHistory), 'history');
    report.history = summarize(seen);
  }

  if (refresh) {
    const before = directLine.token;
    const refreshed = await firstValue(directLine.refreshToken());
    if (!refreshed) throw new Error('tokens/refresh returned no token');
    directLine.token = refreshed; // what DirectLineJS's own 15-minute refresh loop does with the answer
    report.refresh = { refreshed: true, changed: refreshed !== before };
  }

  if (text !== undefined) {
    clientActivityID = `e2e-${randomUUID()}`;
    const echo = nextActivity((a) => clientIdOf(a) === clientActivityID, 'the echo of our message');
    // Matched by replyToId, not by arrival order: DirectLineJS emits a multi-activity frame one item per async tick,
    // so the items of two frames that arrive together can interleave (a reply before its echo).
    const reply = echo.then((own) =>
      nextActivity(
        (a) => a.type === 'message' && !isOwn(a) && a.replyToId === own.id && (a.text || '').includes(expected),
        `a reply to ${own.id} containing "${expected}"`,
      ),
    );
    const postedId = await firstValue(
      directLine.postActivity({
        type: 'message',
        from: { id: userId, role: 'user' },
        text,
        textFormat: 'plain',
        locale,
        channelData: { clientActivityID },
      }),
    );
    report.postedId = postedId;
    if (postedId === 'retry') throw new Error('postActivity answered "retry": the POST failed or returned no id');
    report.echo = summarize(await echo);
    report.reply = summarize(await reply);
  }

  report.watermark = directLine.watermark || null;
  report.token = directLine.token;
  finish(0);
}

function untilOnline() {
  return new Promise((resolve) => {
    const subscription = directLine.connectionStatus$.subscribe((status) => {
      if (status !== ConnectionStatus.Online) return;
      resolve();
      setImmediate(() => subscription.unsubscribe());
    });
  });
}

/** Resolves with the first activity (already seen or still to come) that matches. */
function nextActivity(matches, label) {
  pending.add(label);
  return new Promise((resolve) => {
    const waiter = (activity) => {
      if (!matches(activity)) return;
      waiters.splice(waiters.indexOf(waiter), 1);
      pending.delete(label);
      resolve(activity);
    };
    waiters.push(waiter);
    for (const activity of [...seenActivities]) if (waiters.includes(waiter)) waiter(activity);
  });
}

function waitingFor() {
  return pending.size ? [...pending].join(', ') : 'the conversation to come online';
}

function firstValue(observable) {
  return new Promise((resolve, reject) => observable.take(1).subscribe(resolve, reject));
}

function isOwn(activity) {
  return (activity.from && activity.from.id === userId) || clientIdOf(activity) !== undefined;
}

function clientIdOf(activity) {
  return activity.channelData ? activity.channelData.clientActivityID : undefined;
}

function summarize(activity) {
  return {
    id: activity.id,
    type: activity.type,
    from: activity.from ? { id: activity.from.id, role: activity.from.role } : null,
    text: activity.text,
    locale: activity.locale,
    replyToId: activity.replyToId,
    timestamp: activity.timestamp,
    clientActivityID: clientIdOf(activity),
    suggestedActions: activity.suggestedActions
      ? activity.suggestedActions.actions.map((action) => action.title || action.value)
      : undefined,
  };
}

/** DirectLineJS reads the same claim with jwt-decode; non-JWT tokens simply have none. */
function userFromToken(value) {
  try {
    const payload = JSON.parse(Buffer.from(String(value).split('.')[1], 'base64url').toString('utf8'));
    return typeof payload.user === 'string' ? payload.user : undefined;
  } catch {
    return undefined;
  }
}

function describe(error) {
  if (!error) return 'unknown error';
  if (error.status !== undefined) return `HTTP ${error.status} ${JSON.stringify(error.response || '')}`.trim();
  return error.stack || error.message || String(error);
}

function finish(code, error) {
  if (finished) return;
  finished = true;
  clearTimeout(timer);
  report.ok = code === 0;
  if (error) report.error = error;
  report.elapsedMs = Date.now() - started;
  writeSync(1, `${JSON.stringify(report)}\n`); // synchronous, so exiting right after cannot cut the line short
  try {
    if (directLine) directLine.end();
  } catch {
    // already ended
  }
  process.exit(code); // DirectLineJS's timers would keep Node alive
}
