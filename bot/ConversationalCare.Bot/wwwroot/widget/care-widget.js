/*!
 * ConversationalCare chat widget: plain JavaScript, no dependencies, no build step.
 *
 *   <script src="/widget/care-widget.js" data-locale="en-US" defer></script>
 *
 * Optional attributes: data-title (shop name shown until the admin's brand name arrives, or if it can't),
 * data-api-base (origin of the care service when it differs from the script's origin), data-css="false" (the
 * page brings its own styles). Brand name, accent colour, welcome text and starter questions come from the
 * care service (GET /api/widget/settings), as an admin set them on the console's "Website chat" page.
 * Page API: CareWidget.open(), .close(), .toggle(), .setLocale('zh-CN'), .getLocale(), .send(text).
 *
 * Talks Direct Line 3.0 (WebSocket first, polling as the fallback) with a token from POST /api/widget/token,
 * and keeps the conversation in localStorage so a page reload resumes it.
 */
(() => {
  'use strict';

  // A page that includes the script twice keeps the first instance rather than showing two launchers.
  if (window.CareWidget && window.CareWidget.version) return;

  const VERSION = '1.0.0';
  const TOKEN_REFRESH_MS = 15 * 60 * 1000;
  const POLL_INTERVAL_MS = 1000;
  const SOCKET_PING_MS = 20 * 1000;
  const SOCKET_OPEN_TIMEOUT_MS = 10 * 1000;
  const SOCKET_SHORT_LIFE_MS = 10 * 1000;
  const SOCKET_MAX_SHORT_LIVES = 3;
  const TYPING_VISIBLE_MS = 3000;
  const REQUEST_TIMEOUT_MS = 20 * 1000;
  const POST_MAX_ATTEMPTS = 4;
  const MAX_MESSAGE_LENGTH = 2000;

  const script = document.currentScript;
  const config = readConfig(script);

  // ---------------------------------------------------------------------------------------------------------
  // Configuration and localized strings
  // ---------------------------------------------------------------------------------------------------------

  function readConfig(tag) {
    const data = (tag && tag.dataset) || {};
    const scriptUrl = new URL(tag && tag.src ? tag.src : '/widget/care-widget.js', location.href);
    const apiBase = (data.apiBase || scriptUrl.origin).replace(/\/+$/, '');
    return {
      apiBase,
      cssUrl: data.css === 'false' ? null : new URL('care-widget.css', scriptUrl).href,
      locale: normalizeLocale(data.locale || document.documentElement.lang || navigator.language),
      title: data.title || 'Lumen & Co',
      storageKey: `careWidget:${apiBase}`,
    };
  }

  /** The bot speaks English and Simplified Chinese; anything else gets English. */
  function normalizeLocale(locale) {
    return /^zh/i.test(String(locale || '')) ? 'zh-CN' : 'en-US';
  }

  const STRINGS = {
    'en-US': {
      openChat: 'Chat with us',
      closeChat: 'Close chat',
      online: 'Typically replies instantly',
      connecting: 'Connecting…',
      reconnecting: 'Reconnecting…',
      offline: 'Connection lost. Retrying…',
      error: 'We can’t connect right now. Please try again later.',
      ended: 'That conversation has ended. Here is a new one.',
      talkToPerson: 'Talk to a person',
      talkToPersonMessage: 'I want to talk to a person',
      conversation: 'Conversation',
      inputLabel: 'Type your message',
      placeholder: 'Type your message…',
      send: 'Send',
      sending: 'Sending…',
      sent: 'Sent',
      failed: 'Not sent',
      retry: 'Retry',
      sendFailed: 'The message could not be sent.',
      sessionExpired: 'Your chat session expired. Press Retry to send it again.',
      typing: 'Typing…',
      suggestions: 'Suggested replies',
      starters: 'Questions to start with',
      you: 'You',
      assistant: 'Assistant',
      said: (name, text) => `${name}: ${text}`,
      unread: (count) => `${count} new ${count === 1 ? 'message' : 'messages'}`,
      newTab: '(opens in a new tab)',
    },
    'zh-CN': {
      openChat: '在线客服',
      closeChat: '关闭聊天',
      online: '通常即时回复',
      connecting: '正在连接…',
      reconnecting: '正在重新连接…',
      offline: '网络连接中断，正在重试…',
      error: '暂时无法连接，请稍后再试。',
      ended: '之前的会话已结束，已为您开始新的会话。',
      talkToPerson: '转人工',
      talkToPersonMessage: '转人工',
      conversation: '对话',
      inputLabel: '输入消息',
      placeholder: '请输入您的问题…',
      send: '发送',
      sending: '发送中…',
      sent: '已发送',
      failed: '发送失败',
      retry: '重试',
      sendFailed: '消息未能发送。',
      sessionExpired: '会话已过期，请点击“重试”重新发送。',
      typing: '对方正在输入…',
      suggestions: '推荐回复',
      starters: '常见问题',
      you: '我',
      assistant: '智能客服',
      said: (name, text) => `${name}：${text}`,
      unread: (count) => `${count} 条新消息`,
      newTab: '（在新标签页打开）',
    },
  };

  // ---------------------------------------------------------------------------------------------------------
  // Small utilities
  // ---------------------------------------------------------------------------------------------------------

  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

  /** Exponential backoff with jitter, so many widgets reconnecting after an outage don't stampede the host. */
  function backoffDelay(attempt, baseMs = 1000, maxMs = 30000) {
    const ceiling = Math.min(maxMs, baseMs * 2 ** attempt);
    return Math.round(ceiling / 2 + Math.random() * (ceiling / 2));
  }

  function newClientActivityId() {
    if (window.crypto && typeof crypto.randomUUID === 'function') return `cw-${crypto.randomUUID()}`;
    return `cw-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  }

  function escapeHtml(text) {
    return String(text)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&#39;');
  }

  function unescapeHtml(text) {
    return String(text)
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
  }

  /**
   * Only http(s) and relative links survive. Resolving with the browser's own URL parser is what makes this
   * safe: it strips the same control characters and whitespace the browser would before choosing a scheme.
   */
  function safeUrl(raw) {
    try {
      const url = new URL(String(raw).trim(), document.baseURI);
      return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
    } catch {
      return null;
    }
  }

  /** localStorage can be missing or throw (private mode, quota); the widget then just forgets on reload. */
  function createStorage(area) {
    const memory = new Map();
    return {
      get(key) {
        try {
          return area.getItem(key);
        } catch {
          return memory.has(key) ? memory.get(key) : null;
        }
      },
      set(key, value) {
        try {
          area.setItem(key, value);
        } catch {
          memory.set(key, value);
        }
      },
      remove(key) {
        try {
          area.removeItem(key);
        } catch {
          memory.delete(key);
        }
      },
    };
  }

  function safeArea(name) {
    try {
      return window[name];
    } catch {
      return null; // sandboxed iframes throw on access
    }
  }

  const local = createStorage(safeArea('localStorage'));
  const perTab = createStorage(safeArea('sessionStorage'));

  /** What must survive a reload: {conversationId, token, userId, watermark, locale}. */
  class SessionStore {
    constructor(key) {
      this.key = `${key}:session`;
    }

    load() {
      try {
        const value = JSON.parse(local.get(this.key) || 'null');
        return value && typeof value === 'object' ? value : {};
      } catch {
        return {};
      }
    }

    save(patch) {
      local.set(this.key, JSON.stringify({ ...this.load(), ...patch }));
    }

    /** Forget the conversation but keep the user id, so a returning visitor stays the same customer. */
    forgetConversation() {
      const { userId } = this.load();
      local.set(this.key, JSON.stringify(userId ? { userId } : {}));
    }
  }

  // ---------------------------------------------------------------------------------------------------------
  // Markdown: escape everything first, then add back a small, safe subset of formatting.
  // ---------------------------------------------------------------------------------------------------------

  const Markdown = (() => {
    const SLOT = /\u0000(\d+)\u0000/g;

    function render(source) {
      const lines = String(source == null ? '' : source)
        .replace(/\u0000/g, '')
        .replace(/\r\n?/g, '\n')
        .split('\n');
      const blocks = [];
      let paragraph = [];
      let list = null;

      const flushParagraph = () => {
        if (paragraph.length) blocks.push(`<p>${paragraph.map(inline).join('<br>')}</p>`);
        paragraph = [];
      };
      const flushList = () => {
        if (!list) return;
        const start = list.tag === 'ol' && list.start !== 1 ? ` start="${list.start}"` : '';
        const items = list.items.map((item) => `<li>${item.map(inline).join('<br>')}</li>`).join('');
        blocks.push(`<${list.tag}${start}>${items}</${list.tag}>`);
        list = null;
      };

      for (const line of lines) {
        const bullet = /^\s*[-*+]\s+(.*)$/.exec(line);
        const numbered = /^\s*(\d{1,9})[.)]\s+(.*)$/.exec(line);
        const heading = /^\s*#{1,6}\s+(.*)$/.exec(line);
        if (bullet || numbered) {
          const tag = bullet ? 'ul' : 'ol';
          flushParagraph();
          if (!list || list.tag !== tag) {
            flushList();
            list = { tag, start: numbered ? Number(numbered[1]) : 1, items: [] };
          }
          list.items.push([bullet ? bullet[1] : numbered[2]]);
        } else if (!line.trim()) {
          flushParagraph();
          flushList();
        } else if (list && /^\s+\S/.test(line)) {
          list.items[list.items.length - 1].push(line.trim()); // an indented line continues the list item
        } else if (heading) {
          flushParagraph();
          flushList();
          blocks.push(`<p><strong>${inline(heading[1])}</strong></p>`);
        } else {
          flushList();
          paragraph.push(line);
        }
      }
      flushParagraph();
      flushList();
      return blocks.join('');
    }

    /** Plain text: escaped, line breaks kept, nothing else interpreted. */
    function renderPlain(source) {
      return escapeHtml(String(source == null ? '' : source)).replace(/\r\n?|\n/g, '<br>');
    }

    function inline(raw) {
      // Finished HTML fragments are parked in slots so later patterns can never reach inside them.
      const slots = [];
      const park = (html) => `\u0000${slots.push(html) - 1}\u0000`;
      let text = escapeHtml(raw);

      text = text.replace(/`([^`]+)`/g, (_, code) => park(`<code>${code}</code>`));
      // The URL may hold one level of balanced parentheses, as Wikipedia links do.
      text = text.replace(/\[([^\]]+)\]\(((?:[^()\s]|\([^()\s]*\))+)(?:\s+&quot;[^)]*?&quot;)?\)/g, (_, label, href) => {
        const link = anchor(href, emphasis(label));
        return link ? park(link) : label;
      });
      text = text.replace(/\bhttps?:\/\/(?:(?!&(?:lt|gt|quot|#39);)[^\s\u0000])+/g, (found) => {
        const trimmed = found.replace(/[.,;:!?)\]]+$/, '');
        const link = anchor(trimmed, trimmed);
        return link ? park(link) + found.slice(trimmed.length) : found;
      });
      text = emphasis(text);

      // Link labels may hold parked code spans, so restore until nothing is left.
      for (let depth = 0; depth < 3 && text.includes('\u0000'); depth++) {
        text = text.replace(SLOT, (_, index) => slots[Number(index)]);
      }
      return text;
    }

    function emphasis(text) {
      return text
        .replace(/\*\*(?=\S)([\s\S]*?\S)\*\*/g, '<strong>$1</strong>')
        .replace(/__(?=\S)([\s\S]*?\S)__/g, '<strong>$1</strong>')
        .replace(/(^|[^*\w])\*(?=[^\s*])([^*]*?[^\s*])\*(?!\*)/g, '$1<em>$2</em>')
        .replace(/(^|[^\w])_(?=[^\s_])([^_]*?[^\s_])_(?!\w)/g, '$1<em>$2</em>')
        .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '<del>$1</del>');
    }

    /** href arrives HTML-escaped; the markup we emit uses the URL as the browser resolved it. */
    function anchor(escapedHref, labelHtml) {
      const url = safeUrl(unescapeHtml(escapedHref));
      if (!url) return null;
      const external = url.origin !== location.origin;
      const target = external ? ' target="_blank"' : '';
      return `<a href="${escapeHtml(url.href)}"${target} rel="noopener">${labelHtml}</a>`;
    }

    return { render, renderPlain };
  })();

  // ---------------------------------------------------------------------------------------------------------
  // HTTP: JSON in and out, errors normalized from Direct Line's {error:{code,message}} or RFC 9457.
  // ---------------------------------------------------------------------------------------------------------

  class ApiError extends Error {
    constructor(status, code, message, retryAfterMs) {
      super(message || `HTTP ${status}`);
      this.status = status; // 0 means the request never got an answer (network down, timeout)
      this.code = code;
      this.retryAfterMs = retryAfterMs;
    }

    /** 429, 5xx and network failures are worth another try; other 4xx will fail the same way again. */
    get transient() {
      return this.status === 0 || this.status === 429 || this.status >= 500;
    }

    /** The token or conversation is gone: only a new conversation helps. */
    get sessionLost() {
      return this.status === 401 || this.status === 403 || this.status === 404;
    }
  }

  async function requestJson(url, { method = 'GET', token, body, timeoutMs = REQUEST_TIMEOUT_MS } = {}) {
    const headers = { Accept: 'application/json' };
    if (token) headers.Authorization = `Bearer ${token}`;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const controller = typeof AbortController === 'function' ? new AbortController() : null;
    const timer = controller ? setTimeout(() => controller.abort(), timeoutMs) : null;
    let response;
    try {
      response = await fetch(url, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        cache: 'no-store',
        signal: controller ? controller.signal : undefined,
      });
    } catch (error) {
      throw new ApiError(0, error && error.name === 'AbortError' ? 'Timeout' : 'NetworkError', 'network');
    } finally {
      clearTimeout(timer);
    }
    const data = await readJsonBody(response);
    if (response.ok) return data || {};
    throw toApiError(response, data);
  }

  async function readJsonBody(response) {
    try {
      const text = await response.text();
      return text ? JSON.parse(text) : null;
    } catch {
      return null;
    }
  }

  function toApiError(response, data) {
    const detail = (data && data.error) || data || {};
    const message = detail.message || detail.detail || detail.title || '';
    return new ApiError(response.status, detail.code || detail.type || '', message, retryAfterMs(response));
  }

  /** Retry-After in seconds or as an HTTP date (RFC 9110), capped so a bad header can't stall the chat. */
  function retryAfterMs(response) {
    const header = response.headers.get('Retry-After');
    if (!header) return undefined;
    const seconds = Number(header);
    const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - Date.now();
    return Number.isFinite(ms) ? Math.min(Math.max(ms, 0), 60000) : undefined;
  }

  // ---------------------------------------------------------------------------------------------------------
  // Direct Line connection: start or resume, stream (WebSocket, else polling), post, refresh the token.
  // One instance per conversation; after close() every callback it still has in flight is ignored.
  // ---------------------------------------------------------------------------------------------------------

  class DirectLineConnection {
    /**
     * @param {object} options
     * @param {string} options.apiBase
     * @param {SessionStore} options.store
     * @param {string} options.locale        locale the conversation starts in
     * @param {(activities: object[], info: {replay: boolean}) => void} options.onActivities
     * @param {(state: string) => void} options.onState     connecting | online | reconnecting | offline | error
     * @param {(mode: string) => void} options.onMode       websocket | polling
     * @param {(error: ApiError) => void} options.onEnded   the conversation can't be continued
     * @param {(session: object) => void} options.onReady   conversation id, user id known; posting may start
     */
    constructor(options) {
      this.options = options;
      this.apiBase = options.apiBase;
      this.store = options.store;
      this.closed = false;
      this.conversationId = null;
      this.token = null;
      this.userId = null;
      this.watermark = '';
      this.mode = null;
      this.socket = null;
      this.socketShortLives = 0;
      this.reconnectAttempt = 0;
      this.reconnectTimer = null;
      this.replaying = false;
      this.timers = new Set();
      this.ready = new Promise((resolve, reject) => {
        this.resolveReady = resolve;
        this.rejectReady = reject;
      });
      this.ready.catch(() => {}); // callers that await it handle the rejection; nobody else should see it
    }

    async start() {
      this.setState('connecting');
      const saved = this.store.load();
      // Until the stored transcript has been replayed, what arrives is history, not news.
      this.replaying = Boolean(saved.conversationId && saved.token);
      for (let attempt = 0; !this.closed; attempt++) {
        try {
          const resumed = saved.conversationId && saved.token && (await this.resume(saved));
          if (!resumed) await this.create(saved.userId);
          return;
        } catch (error) {
          if (this.closed) return;
          if (!(error instanceof ApiError) || !error.transient) {
            this.failed = true; // the widget builds a new connection on the next send
            this.setState('error');
            this.rejectReady(error);
            return;
          }
          this.setState('offline');
          await sleep(error.retryAfterMs ?? backoffDelay(attempt));
        }
      }
    }

    /**
     * Picks the stored conversation up again. No watermark on purpose: the stream replays the whole transcript
     * and the widget, which de-duplicates by activity id, redraws the history.
     * Returns false when the stored session can't be resumed (expired token, unknown conversation).
     */
    async resume(saved) {
      this.conversationId = saved.conversationId;
      this.token = saved.token;
      this.userId = saved.userId || null;
      try {
        const conversation = await this.api('GET', `${this.conversationPath()}?watermark=`);
        this.adopt(conversation);
      } catch (error) {
        if (error instanceof ApiError && (error.sessionLost || error.status === 400)) {
          this.store.forgetConversation();
          this.replaying = false;
          return false;
        }
        throw error;
      }
      this.watermark = '';
      this.becomeReady();
      this.openStream(this.lastStreamUrl);
      return true;
    }

    async create(knownUserId) {
      const issued = await this.requestToken(knownUserId);
      this.conversationId = issued.conversationId;
      this.token = issued.token;
      this.userId = issued.userId;
      const body = { user: { id: this.userId }, locale: this.options.locale };
      const conversation = await this.api('POST', '/v3/directline/conversations', body);
      this.adopt(conversation);
      this.watermark = '';
      this.replaying = false;
      this.becomeReady();
      this.openStream(this.lastStreamUrl);
    }

    async requestToken(knownUserId) {
      const url = `${this.apiBase}/api/widget/token`;
      try {
        return await requestJson(url, { method: 'POST', body: knownUserId ? { userId: knownUserId } : {} });
      } catch (error) {
        // A user id the host no longer accepts shouldn't lock the visitor out; let it pick a new one.
        if (knownUserId && error instanceof ApiError && error.status === 400) {
          return requestJson(url, { method: 'POST', body: {} });
        }
        throw error;
      }
    }

    /** Takes what start, resume and refresh return: the newest token always replaces the old one. */
    adopt(conversation) {
      if (conversation.conversationId) this.conversationId = conversation.conversationId;
      if (conversation.token) this.token = conversation.token;
      this.lastStreamUrl = conversation.streamUrl || null;
      this.tokenIssuedAt = Date.now();
      this.persist();
    }

    persist() {
      if (this.closed) return;
      this.store.save({
        conversationId: this.conversationId,
        token: this.token,
        userId: this.userId,
        watermark: this.watermark,
      });
    }

    becomeReady() {
      this.resolveReady();
      this.scheduleTokenRefresh();
      this.options.onReady({ conversationId: this.conversationId, userId: this.userId });
    }

    // --- streaming -----------------------------------------------------------------------------------------

    openStream(streamUrl) {
      if (this.closed) return;
      const canUseSocket = streamUrl && typeof WebSocket === 'function' && this.socketShortLives < SOCKET_MAX_SHORT_LIVES;
      if (canUseSocket) this.openSocket(streamUrl);
      else this.startPolling();
    }

    openSocket(streamUrl) {
      let socket;
      try {
        socket = new WebSocket(streamUrl);
      } catch {
        this.startPolling();
        return;
      }
      this.socket = socket;
      let openedAt = 0;
      let ping = null;
      const openTimeout = this.later(() => socket.readyState !== WebSocket.OPEN && socket.close(), SOCKET_OPEN_TIMEOUT_MS);

      socket.onopen = () => {
        if (this.closed || socket !== this.socket) return socket.close();
        openedAt = Date.now();
        this.clearLater(openTimeout);
        this.reconnectAttempt = 0;
        this.setMode('websocket');
        this.setState('online');
        // An empty frame now and then keeps proxies from closing an idle socket (as DirectLineJS does).
        ping = setInterval(() => socket.readyState === WebSocket.OPEN && socket.send(''), SOCKET_PING_MS);
      };
      socket.onmessage = (event) => {
        if (socket !== this.socket || typeof event.data !== 'string' || !event.data.trim()) return; // keep-alive
        let set;
        try {
          set = JSON.parse(event.data);
        } catch {
          return;
        }
        this.receive(set);
      };
      socket.onerror = () => {}; // a close event always follows; that is where we decide what to do
      socket.onclose = () => {
        clearInterval(ping);
        this.clearLater(openTimeout);
        if (this.closed || socket !== this.socket) return;
        this.socket = null;
        if (!openedAt) return this.startPolling(); // never opened: sockets are blocked here, so poll
        const shortLived = Date.now() - openedAt < SOCKET_SHORT_LIFE_MS;
        this.socketShortLives = shortLived ? this.socketShortLives + 1 : 0;
        if (this.socketShortLives >= SOCKET_MAX_SHORT_LIVES) return this.startPolling();
        this.scheduleReconnect();
      };
    }

    /** After a socket drops: fresh token and stream URL for everything after our watermark, with backoff. */
    scheduleReconnect() {
      this.setState('reconnecting');
      const delay = backoffDelay(this.reconnectAttempt++, 1000, 30000);
      this.clearLater(this.reconnectTimer);
      this.reconnectTimer = this.later(() => this.reconnect(), delay);
    }

    async reconnect() {
      this.clearLater(this.reconnectTimer);
      this.reconnectTimer = null;
      if (this.closed || this.socket || this.mode === 'polling') return;
      try {
        const path = `${this.conversationPath()}?watermark=${encodeURIComponent(this.watermark)}`;
        this.adopt(await this.api('GET', path));
        this.openStream(this.lastStreamUrl);
      } catch (error) {
        if (this.closed) return;
        if (error instanceof ApiError && error.sessionLost) return this.end(error);
        this.scheduleReconnect();
      }
    }

    /** Called when the browser regains the network: don't sit out the rest of a long backoff. */
    nudge() {
      if (this.reconnectTimer) this.reconnect();
    }

    startPolling() {
      if (this.closed || this.mode === 'polling') return;
      this.socket = null;
      this.setMode('polling');
      this.pollLoop();
    }

    async pollLoop() {
      let failures = 0;
      while (!this.closed) {
        const began = Date.now();
        try {
          const path = `${this.conversationPath()}/activities?watermark=${encodeURIComponent(this.watermark)}`;
          this.receive(await this.api('GET', path));
          failures = 0;
          this.setState('online');
        } catch (error) {
          if (this.closed) return;
          if (error instanceof ApiError && error.sessionLost) return this.end(error);
          this.setState(failures++ === 0 ? 'reconnecting' : 'offline');
          await sleep(error.retryAfterMs ?? backoffDelay(failures, 1000, 15000));
          continue;
        }
        // The interval is measured from the start of the previous request, as DirectLineJS does.
        await sleep(Math.max(0, POLL_INTERVAL_MS - (Date.now() - began)));
      }
    }

    receive(set) {
      if (this.closed || !set || typeof set !== 'object') return;
      const replay = this.replaying;
      this.replaying = false;
      if (set.watermark) {
        this.watermark = String(set.watermark);
        this.persist();
      }
      const activities = Array.isArray(set.activities) ? set.activities : [];
      if (activities.length) this.options.onActivities(activities, { replay });
    }

    // --- posting and tokens --------------------------------------------------------------------------------

    /** Posts one activity; retries 429, 5xx and network failures with backoff. Resolves with the server id. */
    async post(activity) {
      await this.ready;
      let lastError;
      for (let attempt = 0; attempt < POST_MAX_ATTEMPTS; attempt++) {
        if (this.closed) break;
        try {
          activity.from = { ...activity.from, id: this.userId, role: 'user' };
          const response = await this.api('POST', `${this.conversationPath()}/activities`, activity);
          return response.id || null;
        } catch (error) {
          lastError = error;
          if (!(error instanceof ApiError) || !error.transient) break;
          if (attempt < POST_MAX_ATTEMPTS - 1) await sleep(error.retryAfterMs ?? backoffDelay(attempt, 1000, 8000));
        }
      }
      if (lastError instanceof ApiError && lastError.sessionLost) this.end(lastError);
      throw lastError || new ApiError(0, 'Closed', 'closed');
    }

    scheduleTokenRefresh() {
      clearInterval(this.refreshTimer);
      this.refreshTimer = setInterval(() => this.refreshToken(), TOKEN_REFRESH_MS);
    }

    async refreshToken() {
      if (this.closed || !this.token) return;
      try {
        const refreshed = await this.api('POST', '/v3/directline/tokens/refresh');
        if (refreshed.token) {
          this.token = refreshed.token;
          this.tokenIssuedAt = Date.now();
          this.persist();
        }
      } catch (error) {
        // An expired token can't be refreshed; the next stream or post call will notice and start over.
        if (error instanceof ApiError && error.status === 404) this.end(error);
      }
    }

    /** Timers are throttled in background tabs; catch up when the page becomes visible again. */
    refreshIfStale() {
      if (this.tokenIssuedAt && Date.now() - this.tokenIssuedAt > TOKEN_REFRESH_MS) this.refreshToken();
    }

    // --- plumbing ------------------------------------------------------------------------------------------

    api(method, path, body) {
      return requestJson(`${this.apiBase}${path}`, { method, token: this.token, body });
    }

    conversationPath() {
      return `/v3/directline/conversations/${encodeURIComponent(this.conversationId)}`;
    }

    setState(state) {
      if (!this.closed) this.options.onState(state);
    }

    setMode(mode) {
      this.mode = mode;
      if (!this.closed) this.options.onMode(mode);
    }

    end(error) {
      if (this.closed) return;
      this.close();
      this.options.onEnded(error);
    }

    later(callback, ms) {
      const id = setTimeout(() => {
        this.timers.delete(id);
        callback();
      }, ms);
      this.timers.add(id);
      return id;
    }

    clearLater(id) {
      if (id == null) return;
      clearTimeout(id);
      this.timers.delete(id);
    }

    close() {
      if (this.closed) return;
      this.closed = true;
      this.rejectReady(new ApiError(0, 'Closed', 'closed'));
      clearInterval(this.refreshTimer);
      this.timers.forEach((id) => clearTimeout(id));
      this.timers.clear();
      const socket = this.socket;
      this.socket = null;
      if (socket) socket.close();
    }
  }

  // ---------------------------------------------------------------------------------------------------------
  // View: builds and updates the DOM. Knows nothing about Direct Line; raises intents through `handlers`.
  // ---------------------------------------------------------------------------------------------------------

  /** Tiny element builder: h('button', {class: 'x', onclick: fn}, 'text', child). */
  function h(tag, attributes, ...children) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value == null || value === false) continue;
      if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
      else if (name === 'html') element.innerHTML = value;
      else element.setAttribute(name, value === true ? '' : value);
    }
    for (const child of children.flat()) {
      if (child == null || child === false) continue;
      element.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return element;
  }

  const ICONS = {
    chat:
      '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M4 5.5A2.5 2.5 0 0 1 6.5 3h11A2.5 2.5 0 0 1 20 5.5v8a2.5 2.5 0 0 1-2.5 2.5H10l-4.2 3.6c-.5.4-1.3.1-1.3-.6V16A2.5 2.5 0 0 1 4 13.5z" fill="currentColor"/></svg>',
    close:
      '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M6 6l12 12M18 6L6 18" stroke="currentColor" stroke-width="2.2" stroke-linecap="round"/></svg>',
    send:
      '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M3.4 20.6l17.8-8.1c.6-.3.6-1.1 0-1.4L3.4 3c-.6-.3-1.3.3-1.1.9L4.6 11 13 12l-8.4 1-2.3 7.1c-.2.6.5 1.2 1.1.9z" fill="currentColor"/></svg>',
    person:
      '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><circle cx="12" cy="8" r="4" fill="currentColor"/><path d="M4 20c0-4.2 3.6-6.5 8-6.5s8 2.3 8 6.5" fill="currentColor"/></svg>',
    spark:
      '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M12 2.5l2.2 6.1 6.3 2.1-6.3 2.2L12 19l-2.2-6.1-6.3-2.2 6.3-2.1z" fill="currentColor"/></svg>',
  };

  class ChatView {
    constructor(handlers) {
      this.handlers = handlers;
      this.strings = STRINGS['en-US'];
      this.locale = 'en-US';
      this.composing = false;
      this.typingTimer = null;
      this.unread = 0;
      this.lastSender = null;
    }

    mount(parent) {
      const panelId = 'cw-panel';
      this.launcherLabel = h('span', { class: 'cw-sr-only' });
      this.badge = h('span', { class: 'cw-badge', 'data-testid': 'unread-badge', 'aria-hidden': 'true', hidden: true });
      this.launcher = h(
        'button',
        {
          type: 'button',
          class: 'cw-launcher',
          'data-testid': 'launcher',
          'aria-expanded': 'false',
          'aria-controls': panelId,
          onclick: () => this.handlers.onToggle(),
        },
        h('span', { class: 'cw-launcher__icon cw-launcher__icon--chat', html: ICONS.chat }),
        h('span', { class: 'cw-launcher__icon cw-launcher__icon--close', html: ICONS.close }),
        this.launcherLabel,
        this.badge,
      );

      this.title = h('h2', { class: 'cw-title', id: 'cw-title' });
      this.status = h('p', { class: 'cw-status', 'data-testid': 'connection-status' });
      this.humanButton = h('button', {
        type: 'button',
        class: 'cw-human',
        'data-testid': 'talk-to-person',
        onclick: () => this.handlers.onTalkToPerson(),
      });
      this.closeButton = h('button', {
        type: 'button',
        class: 'cw-icon-button cw-close',
        'data-testid': 'close',
        html: ICONS.close,
        onclick: () => this.handlers.onClose(),
      });
      const header = h(
        'header',
        { class: 'cw-header' },
        h('span', { class: 'cw-avatar', html: ICONS.spark }),
        h('div', { class: 'cw-heading' }, this.title, this.status),
        this.humanButton,
        this.closeButton,
      );

      this.list = h('ol', { class: 'cw-messages', 'data-testid': 'messages' });
      this.suggestions = h('div', { class: 'cw-suggestions', role: 'group', 'data-testid': 'suggested-actions', hidden: true });
      this.typingText = h('span', { class: 'cw-sr-only' });
      this.typing = h(
        'div',
        { class: 'cw-typing', 'data-testid': 'typing-indicator', hidden: true },
        h('span', { class: 'cw-typing__dots', 'aria-hidden': 'true' }, h('i'), h('i'), h('i')),
        this.typingText,
      );
      this.welcomeText = h('p', { class: 'cw-welcome', 'data-testid': 'welcome-text', hidden: true });
      this.starters = h('div', { class: 'cw-starters', role: 'group', 'data-testid': 'starter-questions', hidden: true });
      this.intro = h('div', { class: 'cw-intro', 'data-testid': 'welcome', hidden: true }, this.welcomeText, this.starters);
      this.startersVisible = true;
      this.scroller = h('div', { class: 'cw-scroll' }, this.intro, this.list, this.suggestions, this.typing);

      this.inputLabel = h('label', { class: 'cw-sr-only', for: 'cw-input' });
      this.input = h('textarea', {
        id: 'cw-input',
        class: 'cw-input',
        'data-testid': 'input',
        rows: '1',
        maxlength: String(MAX_MESSAGE_LENGTH),
        autocomplete: 'off',
        enterkeyhint: 'send',
      });
      this.sendButton = h('button', { type: 'submit', class: 'cw-send', 'data-testid': 'send', html: ICONS.send });
      this.form = h('form', { class: 'cw-composer', novalidate: true }, this.inputLabel, this.input, this.sendButton);
      this.wireComposer();

      this.announcer = h('div', { class: 'cw-sr-only', 'aria-live': 'polite', 'aria-atomic': 'true', 'data-testid': 'announcer' });
      this.panel = h(
        'section',
        {
          class: 'cw-panel',
          id: panelId,
          role: 'dialog',
          'aria-modal': 'false',
          'aria-labelledby': 'cw-title',
          tabindex: '-1',
          hidden: true,
          onkeydown: (event) => event.key === 'Escape' && !event.isComposing && this.handlers.onClose(),
        },
        header,
        this.scroller,
        this.form,
        this.announcer,
      );

      this.root = h(
        'div',
        { class: 'cw-root', id: 'care-widget', 'data-testid': 'care-widget', 'data-state': 'idle', 'data-open': 'false' },
        this.panel,
        this.launcher,
      );
      parent.append(this.root);
      this.updateSendButton();
    }

    wireComposer() {
      // An IME (Chinese, Japanese…) uses Enter to confirm a candidate; that Enter must not send the message.
      this.input.addEventListener('compositionstart', () => (this.composing = true));
      this.input.addEventListener('compositionend', () => (this.composing = false));
      this.input.addEventListener('keydown', (event) => {
        if (event.key !== 'Enter' || event.shiftKey) return;
        if (event.isComposing || event.keyCode === 229 || this.composing) return;
        event.preventDefault();
        this.submit();
      });
      this.input.addEventListener('input', () => {
        this.autosize();
        this.updateSendButton();
        this.handlers.onDraft(this.input.value);
      });
      this.form.addEventListener('submit', (event) => {
        event.preventDefault();
        this.submit();
      });
    }

    submit() {
      const text = this.input.value.trim();
      if (!text) return;
      this.handlers.onSend(text);
      this.setDraft('');
      this.input.focus();
    }

    setDraft(text) {
      this.input.value = text;
      this.autosize();
      this.updateSendButton();
      this.handlers.onDraft(text);
    }

    autosize() {
      this.input.style.height = 'auto';
      this.input.style.height = `${Math.min(this.input.scrollHeight, 120)}px`;
    }

    updateSendButton() {
      const empty = !this.input.value.trim();
      this.sendButton.disabled = empty;
      this.sendButton.setAttribute('aria-disabled', String(empty));
    }

    // --- the admin's look and greeting ----------------------------------------------------------------------

    setTitle(title) {
      this.title.textContent = title;
    }

    /** The admin's welcome text and starter questions; a starter question sends its text when clicked. */
    setWelcome({ welcomeText, starterQuestions }) {
      this.welcomeText.textContent = welcomeText || '';
      this.welcomeText.hidden = !welcomeText;
      this.starters.setAttribute('aria-label', this.strings.starters);
      this.starters.replaceChildren(
        ...(starterQuestions || []).map((question) =>
          h('button', { type: 'button', class: 'cw-suggestion', 'data-testid': 'starter-question', onclick: () => this.handlers.onStarter(question) }, question),
        ),
      );
      this.refreshWelcome();
    }

    /** Starter questions help only before the customer has said anything. */
    setStartersVisible(visible) {
      this.startersVisible = visible;
      this.refreshWelcome();
    }

    refreshWelcome() {
      this.starters.hidden = !this.startersVisible || this.starters.childElementCount === 0;
      this.intro.hidden = this.welcomeText.hidden && this.starters.hidden;
    }

    /** One colour from the admin; the darker, softer and contrasting shades follow from it. */
    setAccent(color) {
      const rgb = /^#([0-9a-f]{6})$/i.exec(color || '');
      if (!rgb) return;
      const value = parseInt(rgb[1], 16);
      const channels = [(value >> 16) & 255, (value >> 8) & 255, value & 255];
      const mix = (target, amount) => `rgb(${channels.map((c) => Math.round(c + (target - c) * amount)).join(', ')})`;
      const luminance = channels.map((c) => c / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      const light = 0.2126 * luminance[0] + 0.7152 * luminance[1] + 0.0722 * luminance[2] > 0.45;
      this.root.style.setProperty('--cw-accent', color);
      this.root.style.setProperty('--cw-accent-strong', mix(0, 0.2));
      this.root.style.setProperty('--cw-accent-soft', mix(255, 0.88));
      this.root.style.setProperty('--cw-accent-contrast', light ? '#1c2321' : '#ffffff');
    }

    // --- localization --------------------------------------------------------------------------------------

    applyLocale(locale, title) {
      this.locale = locale;
      this.strings = STRINGS[locale];
      const s = this.strings;
      this.root.setAttribute('lang', locale);
      this.title.textContent = title;
      this.humanButton.textContent = s.talkToPerson;
      this.closeButton.setAttribute('aria-label', s.closeChat);
      this.closeButton.title = s.closeChat;
      this.list.setAttribute('aria-label', s.conversation);
      this.suggestions.setAttribute('aria-label', s.suggestions);
      this.typingText.textContent = s.typing;
      this.inputLabel.textContent = s.inputLabel;
      this.input.placeholder = s.placeholder;
      this.sendButton.setAttribute('aria-label', s.send);
      this.sendButton.title = s.send;
      this.timeFormat = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' });
      this.refreshLauncherLabel();
      this.setState(this.root.dataset.state);
      this.list.querySelectorAll('[data-role="user"]').forEach((item) => this.renderUserMeta(item));
    }

    refreshLauncherLabel() {
      const open = this.root.dataset.open === 'true';
      let label = open ? this.strings.closeChat : this.strings.openChat;
      if (!open && this.unread) label += `, ${this.strings.unread(this.unread)}`;
      this.launcherLabel.textContent = label;
      this.launcher.title = open ? this.strings.closeChat : this.strings.openChat;
    }

    // --- panel and connection state ------------------------------------------------------------------------

    setOpen(open, { focus = true } = {}) {
      this.root.dataset.open = String(open);
      this.panel.hidden = !open;
      this.launcher.setAttribute('aria-expanded', String(open));
      if (open) {
        this.setUnread(0);
        this.scrollToEnd(true);
        // On touch screens focusing the input pops the keyboard over the transcript; focus the panel instead.
        const coarse = window.matchMedia && matchMedia('(pointer: coarse)').matches;
        if (focus) (coarse ? this.panel : this.input).focus({ preventScroll: true });
      } else if (focus && this.root.contains(document.activeElement)) {
        this.launcher.focus(); // hand focus back to where the customer opened the chat from
      }
      this.refreshLauncherLabel();
    }

    isOpen() {
      return this.root.dataset.open === 'true';
    }

    setState(state) {
      this.root.dataset.state = state || 'idle';
      const s = this.strings;
      const text = { connecting: s.connecting, reconnecting: s.reconnecting, offline: s.offline, error: s.error }[state];
      this.status.textContent = text || s.online;
    }

    setMode(mode) {
      this.root.dataset.connection = mode;
    }

    setUnread(count) {
      this.unread = count;
      this.badge.hidden = count === 0;
      this.badge.textContent = count > 9 ? '9+' : String(count);
      this.refreshLauncherLabel();
    }

    announce(text) {
      // Clearing first makes screen readers announce a repeat of the same text too.
      this.announcer.textContent = '';
      setTimeout(() => (this.announcer.textContent = text), 50);
    }

    // --- messages ------------------------------------------------------------------------------------------

    /**
     * Delivered messages keep server order; messages still sending (or failed) stay below them at the end,
     * so a bot reply that the server ordered first never appears under a message it hasn't seen yet.
     */
    insertDelivered(item) {
      const firstPending = this.list.querySelector('[data-status="sending"], [data-status="failed"]');
      this.list.insertBefore(item, firstPending && firstPending !== item ? firstPending : null);
    }

    addBotMessage(activity) {
      const item = h('li', {
        class: 'cw-message cw-message--bot',
        'data-testid': 'message',
        'data-role': 'bot',
        'data-activity-id': activity.id || null,
      });
      const content = [];
      if (activity.text) {
        // Bot Framework's default text format is markdown; only an explicit "plain" opts out.
        const html = activity.textFormat === 'plain' ? Markdown.renderPlain(activity.text) : Markdown.render(activity.text);
        content.push(h('div', { class: 'cw-bubble', html }));
      }
      for (const attachment of activity.attachments || []) content.push(this.renderAttachment(attachment));
      if (!content.some(Boolean)) return null; // nothing a person could read, e.g. a message with only channel data

      // Name the speaker when it changes, so a person taking over from the assistant is visible.
      const name = senderName(activity);
      if (name && name !== this.lastSender) item.append(h('span', { class: 'cw-sender' }, name));
      if (name) this.lastSender = name;
      item.append(...content.filter(Boolean), this.timeElement(activity.timestamp));
      this.insertDelivered(item);
      this.scrollToEnd(false);
      return item;
    }

    renderAttachment(attachment) {
      const type = attachment && attachment.contentType;
      if (type === 'application/vnd.microsoft.card.hero' || type === 'application/vnd.microsoft.card.thumbnail') {
        return this.renderCard(attachment.content || {});
      }
      const url = attachment && attachment.contentUrl && safeUrl(attachment.contentUrl);
      if (url) {
        const label = attachment.name || url.pathname.split('/').pop() || url.href;
        return h('div', { class: 'cw-bubble cw-file' }, h('a', { href: url.href, target: '_blank', rel: 'noopener' }, label));
      }
      return null; // card types we don't draw are skipped rather than shown as raw JSON
    }

    renderCard(card) {
      const element = h('div', { class: 'cw-card', 'data-testid': 'hero-card' });
      if (card.title) element.append(h('div', { class: 'cw-card__title' }, card.title));
      if (card.subtitle) element.append(h('div', { class: 'cw-card__subtitle' }, card.subtitle));
      if (card.text) element.append(h('div', { class: 'cw-card__text', html: Markdown.render(card.text) }));
      const buttons = (card.buttons || []).filter((action) => action && (action.title || action.value));
      if (buttons.length) {
        element.append(
          h(
            'div',
            { class: 'cw-card__buttons' },
            buttons.map((action) => this.actionButton(action, 'card-action', 'cw-card__button')),
          ),
        );
      }
      return element.childElementCount ? element : null;
    }

    addUserMessage({ text, clientActivityId, status, timestamp, activityId }) {
      const item = h('li', {
        class: 'cw-message cw-message--user',
        'data-testid': 'message',
        'data-role': 'user',
        'data-status': status,
        'data-client-activity-id': clientActivityId || null,
        'data-activity-id': activityId || null,
      });
      item.append(h('div', { class: 'cw-bubble', html: Markdown.renderPlain(text) }));
      item.append(h('div', { class: 'cw-meta' }));
      item.dataset.timestamp = timestamp || new Date().toISOString();
      this.renderUserMeta(item);
      if (status === 'delivered') this.insertDelivered(item);
      else this.list.append(item);
      this.scrollToEnd(true);
      return item;
    }

    setUserStatus(item, status, { activityId, error } = {}) {
      if (!item) return;
      const wasPending = item.dataset.status !== 'delivered';
      item.dataset.status = status;
      if (activityId) item.dataset.activityId = activityId;
      item.dataset.error = error || '';
      if (status === 'delivered' && wasPending) this.insertDelivered(item);
      this.renderUserMeta(item);
    }

    renderUserMeta(item) {
      const meta = item.querySelector('.cw-meta');
      if (!meta) return;
      const s = this.strings;
      meta.replaceChildren();
      const status = item.dataset.status;
      if (status === 'failed') {
        meta.append(h('span', { class: 'cw-failed', role: 'status' }, `${s.failed}${item.dataset.error ? ` — ${item.dataset.error}` : ''}`));
        meta.append(
          h(
            'button',
            { type: 'button', class: 'cw-retry', 'data-testid': 'retry', onclick: () => this.handlers.onRetry(item) },
            s.retry,
          ),
        );
        return;
      }
      meta.append(this.timeElement(item.dataset.timestamp));
      meta.append(h('span', { class: 'cw-delivery' }, status === 'sending' ? s.sending : s.sent));
    }

    timeElement(timestamp) {
      const date = timestamp ? new Date(timestamp) : new Date();
      if (Number.isNaN(date.getTime())) return h('span');
      return h('time', { class: 'cw-time', datetime: date.toISOString() }, this.timeFormat.format(date));
    }

    addNotice(text) {
      const item = h('li', { class: 'cw-notice', 'data-testid': 'notice' }, text);
      this.insertDelivered(item);
      this.scrollToEnd(false);
    }

    clearMessages() {
      this.list.replaceChildren();
      this.showSuggestions([]);
      this.hideTyping();
      this.lastSender = null;
    }

    // --- suggested actions and typing ----------------------------------------------------------------------

    showSuggestions(actions) {
      const usable = (actions || []).filter((action) => action && (action.title || action.value));
      this.suggestions.replaceChildren(...usable.map((action) => this.actionButton(action, 'suggested-action', 'cw-suggestion')));
      this.suggestions.hidden = usable.length === 0;
      if (usable.length) this.scrollToEnd(false);
    }

    actionButton(action, testId, className) {
      const label = action.title || String(action.value);
      const opensTab = action.type === 'openUrl' || action.type === 'downloadFile' || action.type === 'showImage';
      return h(
        'button',
        {
          type: 'button',
          class: className,
          'data-testid': testId,
          'data-action-type': action.type || 'imBack',
          'aria-label': opensTab ? `${label} ${this.strings.newTab}` : null,
          onclick: () => this.handlers.onAction(action),
        },
        label,
      );
    }

    showTyping() {
      this.typing.hidden = false;
      clearTimeout(this.typingTimer);
      this.typingTimer = setTimeout(() => this.hideTyping(), TYPING_VISIBLE_MS);
      this.scrollToEnd(false);
    }

    hideTyping() {
      clearTimeout(this.typingTimer);
      this.typing.hidden = true;
    }

    /** Follow new content only when the reader is already near the bottom, unless we must (own message). */
    scrollToEnd(force) {
      const scroller = this.scroller;
      const nearBottom = scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < 120;
      if (force || nearBottom) requestAnimationFrame(() => (scroller.scrollTop = scroller.scrollHeight));
    }
  }

  /** A name worth showing above a bot-side message: an agent's name after a handoff, say. */
  function senderName(activity) {
    const from = activity.from || {};
    if (!from.name || from.name === from.id) return null;
    return from.name;
  }

  // ---------------------------------------------------------------------------------------------------------
  // Controller: ties the view to the connection, owns de-duplication and the outbox.
  // ---------------------------------------------------------------------------------------------------------

  class CareWidget {
    constructor(options) {
      this.config = options;
      this.store = new SessionStore(options.storageKey);
      this.openKey = `${options.storageKey}:open`;
      this.draftKey = `${options.storageKey}:draft`;
      this.locale = options.locale; // the page declares it (data-locale) and changes it with setLocale()
      this.connection = null;
      this.userId = null;
      this.seenIds = new Set(); // server activity ids already drawn
      this.deliveredClientIds = new Set(); // our own messages already confirmed, in case of a second echo
      this.outbox = new Map(); // clientActivityID -> {activity, item, delivered}
      this.customerHasSpoken = false;
      this.settings = null; // the admin's brand, colour and greeting for this.locale, once fetched
      this.view = new ChatView({
        onToggle: () => (this.view.isOpen() ? this.close() : this.open()),
        onClose: () => this.close(),
        onSend: (text) => this.sendText(text),
        onRetry: (item) => this.retry(item),
        onAction: (action) => this.runAction(action),
        onTalkToPerson: () => this.sendText(STRINGS[this.locale].talkToPersonMessage),
        onStarter: (question) => this.sendText(question),
        onDraft: (text) => (text ? perTab.set(this.draftKey, text) : perTab.remove(this.draftKey)),
      });
    }

    boot() {
      this.booted = true;
      if (this.config.cssUrl && !document.querySelector('link[data-care-widget-css]')) {
        document.head.append(h('link', { rel: 'stylesheet', href: this.config.cssUrl, 'data-care-widget-css': true }));
      }
      this.view.mount(document.body);
      this.view.applyLocale(this.locale, this.brandName());
      this.loadSettings();
      const draft = perTab.get(this.draftKey);
      if (draft) this.view.setDraft(draft);

      // A stored conversation is resumed right away so the history is there; new visitors connect on first open.
      if (this.store.load().conversationId) this.connect();
      if (perTab.get(this.openKey) === 'true') this.open({ focus: false });

      window.addEventListener('online', () => this.connection && this.connection.nudge());
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible' && this.connection) this.connection.refreshIfStale();
      });
      window.addEventListener('pagehide', () => this.keepFailedTextAsDraft());
    }

    // --- public API ----------------------------------------------------------------------------------------

    open({ focus = true } = {}) {
      if (!this.booted) return perTab.set(this.openKey, 'true'); // boot() opens it
      this.view.setOpen(true, { focus });
      perTab.set(this.openKey, 'true');
      this.connect();
    }

    close() {
      if (!this.booted) return perTab.set(this.openKey, 'false');
      this.view.setOpen(false);
      perTab.set(this.openKey, 'false');
    }

    setLocale(locale) {
      const next = normalizeLocale(locale);
      if (next === this.locale) return;
      this.locale = next;
      if (!this.booted) return; // boot() applies it
      this.view.applyLocale(next, this.brandName());
      this.loadSettings();
      // Before the customer has said anything, restart so the greeting and its suggestions are in the new
      // language. Afterwards keep the conversation; new messages carry the new locale.
      // A resumed conversation whose history hasn't arrived yet can't be judged, so it is left alone.
      const quiet = !this.customerHasSpoken && this.outbox.size === 0;
      if (this.connection && quiet && !this.connection.replaying) this.restart();
    }

    brandName() {
      return (this.settings && this.settings.brandName) || this.config.title;
    }

    /**
     * The admin's settings in the current language. Not no-store like the Direct Line calls: the host lets
     * browsers keep them briefly. If they can't be had, the widget keeps its defaults and chatting still works.
     */
    async loadSettings() {
      const locale = this.locale;
      let settings = null;
      try {
        const response = await fetch(`${this.config.apiBase}/api/widget/settings?locale=${encodeURIComponent(locale)}`, {
          headers: { Accept: 'application/json' },
        });
        if (response.ok) settings = await response.json();
      } catch {
        settings = null;
      }
      if (!settings || locale !== this.locale) return; // a newer locale's request will apply instead
      this.settings = settings;
      this.view.setTitle(this.brandName());
      this.view.setAccent(settings.accentColor);
      this.view.setWelcome(settings);
      this.view.root.dataset.settings = settings.language || 'loaded';
    }

    setSpoken(spoken) {
      this.customerHasSpoken = spoken;
      this.view.setStartersVisible(!spoken);
    }

    // --- connection lifecycle ------------------------------------------------------------------------------

    connect() {
      if (this.connection && !this.connection.failed) return this.connection;
      if (this.connection) this.connection.close();
      const connection = new DirectLineConnection({
        apiBase: this.config.apiBase,
        store: this.store,
        locale: this.locale,
        onReady: ({ userId }) => connection === this.connection && (this.userId = userId),
        onActivities: (activities, info) => activities.forEach((activity) => this.receive(activity, info)),
        onState: (state) => this.view.setState(state),
        onMode: (mode) => this.view.setMode(mode),
        onEnded: () => this.handleEnded(connection),
      });
      this.connection = connection;
      connection.start();
      return connection;
    }

    /** The conversation is gone (expired token, unknown id): keep what's on screen and start a new one. */
    handleEnded(connection) {
      if (connection !== this.connection) return;
      this.connection = null;
      this.store.forgetConversation();
      this.setSpoken(false);
      this.view.addNotice(STRINGS[this.locale].ended);
      // If new conversations keep ending at once, stop and wait for the customer's next message or open.
      const endingRepeatedly = Date.now() - (this.lastEndedAt || 0) < 30000;
      this.lastEndedAt = Date.now();
      if (endingRepeatedly) this.view.setState('error');
      else this.connect();
    }

    restart() {
      if (this.connection) this.connection.close();
      this.connection = null;
      this.store.forgetConversation();
      this.seenIds.clear();
      this.deliveredClientIds.clear();
      this.view.clearMessages();
      this.connect();
    }

    // --- incoming ------------------------------------------------------------------------------------------

    receive(activity, { replay }) {
      if (!activity || typeof activity !== 'object') return;
      if (activity.id) {
        if (this.seenIds.has(activity.id)) return;
        this.seenIds.add(activity.id);
      }
      if (this.isFromCustomer(activity)) this.receiveOwn(activity);
      else if (activity.type === 'message') this.receiveBotMessage(activity, replay);
      else if (activity.type === 'typing' && !replay) this.view.showTyping();
      // Events (handoff.status and the like) and unknown types are not for display.
    }

    isFromCustomer(activity) {
      const from = activity.from || {};
      return (this.userId && from.id === this.userId) || from.role === 'user';
    }

    /** Our own activity coming back: confirm the local copy, or draw it (history, or another tab's message). */
    receiveOwn(activity) {
      if (activity.type !== 'message') return;
      const channelData = activity.channelData || {};
      const clientId = channelData.clientActivityID;
      this.setSpoken(true);
      const pending = clientId && this.outbox.get(clientId);
      if (pending) return this.markDelivered(clientId, activity.id);
      if (clientId && this.deliveredClientIds.has(clientId)) return;

      const text = displayTextOf(activity);
      if (!text) return;
      this.view.showSuggestions([]);
      this.view.addUserMessage({ text, status: 'delivered', timestamp: activity.timestamp, activityId: activity.id });
    }

    receiveBotMessage(activity, replay) {
      this.view.hideTyping();
      const item = this.view.addBotMessage(activity);
      const actions = activity.suggestedActions && activity.suggestedActions.actions;
      if (item || (actions && actions.length)) this.view.showSuggestions(actions);
      if (!item || replay) return;
      const s = STRINGS[this.locale];
      const text = item.querySelector('.cw-bubble, .cw-card');
      this.view.announce(s.said(senderName(activity) || s.assistant, text ? text.textContent : ''));
      if (!this.view.isOpen()) this.view.setUnread(this.view.unread + 1);
    }

    // --- outgoing ------------------------------------------------------------------------------------------

    sendText(text) {
      this.postMessage({ text, display: text });
    }

    /**
     * Queues one message: drawn at once as "sending" (unless hidden, like a postBack), then posted.
     * The echo or the POST response, whichever comes first, marks it delivered.
     */
    postMessage({ text, display, value, channelData }) {
      const clientActivityId = newClientActivityId();
      const activity = {
        type: 'message',
        from: { id: this.userId, role: 'user' },
        text,
        locale: this.locale,
        textFormat: 'plain',
        localTimestamp: new Date().toISOString(),
        channelData: { ...channelData, clientActivityID: clientActivityId },
      };
      if (value !== undefined) activity.value = value;
      if (text === undefined) delete activity.text;

      this.setSpoken(true);
      this.view.showSuggestions([]);
      const item = display
        ? this.view.addUserMessage({ text: display, clientActivityId, status: 'sending' })
        : null;
      const entry = { activity, item, delivered: false };
      this.outbox.set(clientActivityId, entry);
      this.deliver(clientActivityId, entry);
    }

    async deliver(clientActivityId, entry) {
      const connection = this.connect();
      entry.activity.locale = this.locale;
      try {
        const id = await connection.post(entry.activity);
        if (id) this.seenIds.add(id);
        this.markDelivered(clientActivityId, id);
      } catch (error) {
        if (entry.delivered) return;
        this.markFailed(entry, error);
      }
    }

    markDelivered(clientActivityId, activityId) {
      const entry = this.outbox.get(clientActivityId);
      if (!entry) return;
      if (activityId) this.seenIds.add(activityId);
      entry.delivered = true;
      this.outbox.delete(clientActivityId);
      this.deliveredClientIds.add(clientActivityId);
      this.view.setUserStatus(entry.item, 'delivered', { activityId });
    }

    markFailed(entry, error) {
      const s = STRINGS[this.locale];
      let reason = s.sendFailed;
      if (error instanceof ApiError && error.sessionLost) reason = s.sessionExpired;
      else if (error instanceof ApiError && error.status >= 400 && error.status < 500 && error.message) reason = error.message;
      entry.failed = true;
      this.view.announce(`${s.failed}: ${reason}`);
      if (entry.item) return this.view.setUserStatus(entry.item, 'failed', { error: reason });
      // A hidden postBack has no bubble to carry a Retry button; say so once and let it go.
      this.outbox.delete(entry.activity.channelData.clientActivityID);
      this.view.addNotice(`${s.failed}: ${reason}`);
    }

    /** Same clientActivityID on purpose: if the first try did reach the server, its echo settles this one. */
    retry(item) {
      const clientActivityId = item.dataset.clientActivityId;
      const entry = this.outbox.get(clientActivityId);
      if (!entry) return;
      entry.failed = false;
      this.view.setUserStatus(item, 'sending');
      this.deliver(clientActivityId, entry);
    }

    /** imBack speaks the value; postBack sends it unseen; messageBack shows displayText and sends text+value. */
    runAction(action) {
      const type = action.type || 'imBack';
      const value = action.value;
      if (type === 'openUrl' || type === 'downloadFile' || type === 'showImage') {
        const url = safeUrl(value);
        if (url) window.open(url.href, '_blank', 'noopener');
        return;
      }
      if (type === 'postBack') {
        this.postMessage(typeof value === 'string' ? { text: value, channelData: { postBack: true } } : { value, channelData: { postBack: true } });
      } else if (type === 'messageBack') {
        const display = action.displayText || undefined;
        this.postMessage({
          text: action.text || undefined,
          display,
          value,
          channelData: display ? { messageBack: { displayText: display } } : {},
        });
      } else {
        const text = typeof value === 'string' && value ? value : action.title;
        if (text) this.sendText(text);
      }
      this.view.input.focus({ preventScroll: true });
    }

    /** Typed text is never lost: failed messages go back into the box if the customer leaves the page. */
    keepFailedTextAsDraft() {
      if (this.view.input.value.trim()) return;
      const failed = [...this.outbox.values()].filter((entry) => entry.failed && entry.item).map((entry) => entry.activity.text);
      if (failed.length) perTab.set(this.draftKey, failed.join('\n'));
    }
  }

  /** What the customer saw when they sent it: messageBack's displayText, nothing for a postBack. */
  function displayTextOf(activity) {
    const channelData = activity.channelData || {};
    if (channelData.postBack) return '';
    if (channelData.messageBack) return channelData.messageBack.displayText || '';
    return activity.text || '';
  }

  // ---------------------------------------------------------------------------------------------------------
  // Boot and public API
  // ---------------------------------------------------------------------------------------------------------

  const widget = new CareWidget(config);

  window.CareWidget = Object.freeze({
    version: VERSION,
    open: () => widget.open(),
    close: () => widget.close(),
    toggle: () => (widget.booted && widget.view.isOpen() ? widget.close() : widget.open()),
    setLocale: (locale) => widget.setLocale(locale),
    getLocale: () => widget.locale,
    send: (text) => {
      if (typeof text !== 'string' || !text.trim()) return;
      if (widget.booted) widget.sendText(text.trim());
      else window.addEventListener('carewidget:ready', () => widget.sendText(text.trim()), { once: true });
    },
  });

  function start() {
    widget.boot();
    window.dispatchEvent(new CustomEvent('carewidget:ready', { detail: { version: VERSION } }));
  }

  if (document.body) start();
  else document.addEventListener('DOMContentLoaded', start, { once: true });
})();
