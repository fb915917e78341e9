/*
 * Legal-information chat widget (talks to Rasa's socket.io channel).
 *
 * Embed with one tag; options are data attributes (all optional):
 *   <script src="/widget/chat-widget.js" defer
 *     data-server-url="https://chat.example.org"   Rasa server (default: this host, port 5005)
 *     data-title="..."                              panel title (default: utter_widget_title)
 *     data-exit-url="https://www.google.ca/"        where quick exit goes (a neutral site)
 *     data-greeting="Hi, ..."                       first message, shown locally
 *     data-start-payload="/greet"                   sent quietly when a chat starts ("" = none)
 *     data-max-length="1000"></script>
 *
 * Privacy: while a chat is open, the conversation lives only in sessionStorage (no cookies,
 * no localStorage), so it survives a reload. Browsers restore a closed tab's sessionStorage,
 * so a stored chat idle for 30 minutes is wiped when the page loads. Quick exit (button or
 * Esc) and "Clear conversation" wipe it and delete the conversation on the server too (quick
 * exit with a beacon, so leaving never waits).
 * Safety: every text is inserted with textContent; links come only from an allow-list of
 * parsed URLs (http, https, tel, mailto).
 * Wording: every text the widget shows is a domain response (domain/widget.yml); the web
 * server writes them over the marker below as it serves this file (assistant/web_wording.py),
 * so the help lines need no connection. This file holds no sentence of its own.
 */
(function () {
  "use strict";

  var script = document.currentScript;
  if (!script || window.__iiwChatLoaded) return;
  window.__iiwChatLoaded = true;

  var WORDING = /*{{widget_wording}}*/ null;
  if (!WORDING) {
    // Served as a plain file, not by assistant.web_server (or its --render): nothing to say.
    console.error("chat-widget.js: no wording; serve it with assistant.web_server");
    return;
  }

  var STORAGE_KEY = "iiw-chat-v1";
  var ACK_TIMEOUT_MS = 30000;
  // Rasa starts a new session after 30 idle minutes; a stored chat older than that is wiped.
  var STORED_CHAT_MAX_IDLE_MS = 30 * 60 * 1000;
  var ERASE_PATH = "/webhooks/socketio/erase";
  var DEFAULT_EXIT_URL = "https://www.google.ca/";
  var ALLOWED_PROTOCOLS = { "http:": 1, "https:": 1, "tel:": 1, "mailto:": 1 };
  // Shown whenever the chat cannot get an answer (no connection, no reply in time): the
  // numbers must work with no server at all, so they come with this script's wording. Their
  // facts are checked against content/contacts.yml like every domain response.
  var HELP_NOW = [
    "utter_widget_help_now_danger",
    "utter_widget_help_now_suicide",
    "utter_widget_help_now_victimlink",
  ];

  var base = new URL(".", script.src);
  var data = script.dataset;
  var opts = {
    serverUrl: data.serverUrl || location.protocol + "//" + location.hostname + ":5005",
    socketPath: data.socketPath || "/socket.io",
    title: data.title || say("utter_widget_title"),
    exitUrl: safeExitUrl(data.exitUrl),
    greeting: data.greeting || "",
    startPayload: data.startPayload === undefined ? "/greet" : data.startPayload,
    maxLength: parseInt(data.maxLength, 10) || 1000,
    socketScript: new URL("../vendor/socket.io.min.js", base).href,
    styles: new URL("chat-widget.css", base).href,
  };

  var state = loadState();
  var socket = null;
  var ready = false; // connected and the server confirmed our session
  var ui = {};

  /* A response's text, with its {name} placeholders filled from values. */
  function say(name, values) {
    return WORDING[name].replace(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g, function (whole, key) {
      return values && values[key] !== undefined ? String(values[key]) : whole;
    });
  }

  // ---------- storage (sessionStorage only) ----------

  function emptyState() {
    return { token: null, messages: [], seen: {}, notice: false, open: false, started: false };
  }

  function loadState() {
    try {
      var saved = JSON.parse(sessionStorage.getItem(STORAGE_KEY) || "null");
      if (saved && Array.isArray(saved.messages)) {
        if (Date.now() - (saved.savedAt || 0) <= STORED_CHAT_MAX_IDLE_MS) return saved;
        // A tab reopened long after: nothing of the old chat is shown or kept.
        wipeStorage();
        if (saved.token) eraseOnServer(saved.token);
      }
    } catch (e) {
      /* storage blocked or corrupt: start fresh */
    }
    return emptyState();
  }

  function save() {
    if (!state) return;
    state.savedAt = Date.now();
    try {
      sessionStorage.setItem(STORAGE_KEY, JSON.stringify(state, withoutNodes));
    } catch (e) {
      /* private mode quota: the chat still works, it just will not survive a reload */
    }
  }

  function withoutNodes(key, value) {
    return key === "node" ? undefined : value;
  }

  function wipeStorage() {
    try {
      sessionStorage.removeItem(STORAGE_KEY);
    } catch (e) {
      /* nothing stored */
    }
  }

  /* Delete the conversation on the server, authorised by its session token alone. A beacon
   * is delivered even as the page is left; fetch keepalive is the fallback. Neither waits. */
  function eraseOnServer(token) {
    var url = opts.serverUrl.replace(/\/+$/, "") + ERASE_PATH;
    try {
      if (navigator.sendBeacon && navigator.sendBeacon(url, token)) return;
    } catch (e) {
      /* fall through to fetch */
    }
    try {
      fetch(url, { method: "POST", body: token, keepalive: true, mode: "no-cors", credentials: "omit" });
    } catch (e) {
      /* offline: the server forgets it within the retention period */
    }
  }

  function newId() {
    var bytes = new Uint8Array(12);
    crypto.getRandomValues(bytes);
    return Array.prototype.map
      .call(bytes, function (b) {
        return ("0" + b.toString(16)).slice(-2);
      })
      .join("");
  }

  function safeExitUrl(raw) {
    try {
      var url = new URL(raw || DEFAULT_EXIT_URL, location.href);
      if (url.protocol === "https:" || url.protocol === "http:") return url.href;
    } catch (e) {
      /* fall through */
    }
    return DEFAULT_EXIT_URL;
  }

  // ---------- safe text and links ----------

  var TOKEN = new RegExp(
    [
      "\\[([^\\]\\n]{1,200})\\]\\(([^)\\s]{1,500})\\)", // 1,2 markdown link
      "\\*\\*([^*\\n]{1,300})\\*\\*", // 3 bold
      "((?:https?:\\/\\/|www\\.)[^\\s<>\"']+)", // 4 web address
      "([A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,})", // 5 email
      "((?:\\+?1[-. ])?(?:\\(\\d{3}\\) ?|\\d{3}[-. ])?\\d{3}[-.]\\d{4}|\\d-\\d-\\d)", // 6 phone
      "((?:[A-Za-z0-9-]+\\.)+(?:ca|com|org|net)(?:\\/[^\\s<>\"']*)?)", // 7 bare domain
    ].join("|"),
    "g"
  );

  function checkedHref(raw) {
    try {
      var url = new URL(raw);
      return ALLOWED_PROTOCOLS[url.protocol] ? url.href : null;
    } catch (e) {
      return null;
    }
  }

  function trimTrailing(value) {
    // "see www.example.ca." -> the dot is punctuation, not part of the address
    var match = /[.,;:!?)\]]+$/.exec(value);
    return match ? [value.slice(0, match.index), match[0]] : [value, ""];
  }

  function isWordChar(ch) {
    return !!ch && /[A-Za-z0-9@/_-]/.test(ch);
  }

  function makeLink(text, href) {
    var link = document.createElement("a");
    link.href = href;
    link.textContent = text;
    if (/^https?:/.test(href)) {
      link.target = "_blank";
      link.rel = "noopener noreferrer";
    }
    return link;
  }

  /* Bot text -> DOM nodes. Only text nodes, <strong> and allow-listed <a>. */
  function richText(text) {
    var fragment = document.createDocumentFragment();
    var last = 0;
    var match;
    TOKEN.lastIndex = 0;
    while ((match = TOKEN.exec(text)) !== null) {
      var start = match.index;
      var whole = match[0];
      var node = null;
      var tail = "";
      var before = text.charAt(start - 1);
      var after = text.charAt(start + whole.length);
      if (match[1] !== undefined) {
        var target = checkedHref(match[2]);
        node = target ? makeLink(match[1], target) : document.createTextNode(whole);
      } else if (match[3] !== undefined) {
        node = document.createElement("strong");
        node.textContent = match[3];
      } else if (match[4] !== undefined || match[7] !== undefined) {
        var parts = trimTrailing(whole);
        var address = /^https?:/i.test(parts[0]) ? parts[0] : "https://" + parts[0];
        var href = !isWordChar(before) && checkedHref(address);
        if (href) {
          node = makeLink(parts[0], href);
          tail = parts[1];
        }
      } else if (match[5] !== undefined) {
        node = makeLink(whole, "mailto:" + whole);
      } else if (match[6] !== undefined && !/[0-9-]/.test(before) && !/[0-9]/.test(after)) {
        var digits = whole.replace(/[^0-9+]/g, "");
        node = makeLink(whole, "tel:" + digits);
      }
      if (!node) continue; // not a real match here: leave it in the plain text
      if (start > last) fragment.appendChild(document.createTextNode(text.slice(last, start)));
      fragment.appendChild(node);
      if (tail) fragment.appendChild(document.createTextNode(tail));
      last = start + whole.length;
    }
    if (last < text.length) fragment.appendChild(document.createTextNode(text.slice(last)));
    return fragment;
  }

  // ---------- DOM ----------

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function button(className, text, onClick, label) {
    var node = el("button", className, text);
    node.type = "button";
    if (label) node.setAttribute("aria-label", label);
    node.addEventListener("click", onClick);
    return node;
  }

  // A short visible word with a fuller name for screen readers (both are responses; their
  // names stay written out so tests/unit/test_web_wording.py finds every one in use).
  function labelledButton(className, textName, labelName, onClick) {
    return button(className, say(textName), onClick, say(labelName));
  }

  function buildUi() {
    var styles = document.createElement("link");
    styles.rel = "stylesheet";
    styles.href = opts.styles;
    document.head.appendChild(styles);

    var root = el("aside", "iiw-root");
    root.setAttribute("aria-label", opts.title);
    root.lang = "en";

    ui.exit = labelledButton(
      "iiw-exit", "utter_widget_quick_exit", "utter_widget_quick_exit_label", quickExit
    );
    ui.launcher = button("iiw-launcher", say("utter_widget_open"), function () { setPanel(true); });
    ui.launcher.setAttribute("aria-expanded", "false");
    ui.launcher.setAttribute("aria-controls", "iiw-panel");

    var panel = el("section", "iiw-panel");
    panel.id = "iiw-panel";
    panel.hidden = true;
    panel.setAttribute("aria-labelledby", "iiw-title");

    var header = el("div", "iiw-header");
    var title = el("h2", "iiw-title", opts.title);
    title.id = "iiw-title";
    ui.close = labelledButton(
      "iiw-close", "utter_widget_minimize", "utter_widget_minimize_label", function () { setPanel(false); }
    );
    header.appendChild(title);
    header.appendChild(ui.close);

    ui.notice = el("div", "iiw-notice");
    ui.notice.appendChild(el("p", null, say("utter_widget_notice")));
    ui.notice.appendChild(button("iiw-notice-ok", say("utter_widget_notice_ok"), dismissNotice));

    ui.connection = el("p", "iiw-connection");
    ui.connection.setAttribute("role", "status");

    ui.helpNow = el("div", "iiw-help-now");
    ui.helpNow.hidden = true;
    ui.helpNow.appendChild(el("p", null, say("utter_widget_help_now")));
    var helpList = el("ul");
    HELP_NOW.forEach(function (name) {
      var item = el("li");
      item.appendChild(richText(say(name))); // phone numbers become call links
      helpList.appendChild(item);
    });
    ui.helpNow.appendChild(helpList);

    ui.log = el("ol", "iiw-log");
    ui.log.setAttribute("aria-label", say("utter_widget_conversation_label"));
    ui.log.tabIndex = 0; // scrollable region must be reachable by keyboard

    ui.typing = el("p", "iiw-typing", say("utter_widget_typing"));
    ui.typing.hidden = true;

    ui.live = el("div", "iiw-sr-only");
    ui.live.setAttribute("aria-live", "polite");

    var form = el("form", "iiw-form");
    form.noValidate = true;
    var label = el("label", "iiw-sr-only", say("utter_widget_input_label"));
    label.htmlFor = "iiw-input";
    ui.input = el("textarea", "iiw-input");
    ui.input.id = "iiw-input";
    ui.input.rows = 2;
    ui.input.setAttribute("aria-describedby", "iiw-input-hint");
    ui.input.setAttribute("autocomplete", "off");
    ui.hint = el("p", "iiw-hint");
    ui.hint.id = "iiw-input-hint";
    ui.send = el("button", "iiw-send", say("utter_widget_send"));
    ui.send.type = "submit";
    form.appendChild(label);
    form.appendChild(ui.input);
    form.appendChild(ui.send);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      submitInput();
    });
    ui.input.addEventListener("keydown", function (event) {
      if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        submitInput();
      }
    });
    ui.input.addEventListener("input", updateHint);

    var footer = el("div", "iiw-footer");
    footer.appendChild(el("p", "iiw-disclaimer", say("utter_widget_disclaimer")));
    ui.clear = button("iiw-clear", say("utter_widget_clear"), askClear);
    ui.confirmClear = el("div", "iiw-confirm");
    ui.confirmClear.hidden = true;
    ui.confirmClear.appendChild(el("span", null, say("utter_widget_clear_question")));
    ui.confirmClear.appendChild(
      button("iiw-confirm-yes", say("utter_widget_clear_yes"), clearConversation)
    );
    ui.confirmClear.appendChild(button("iiw-confirm-no", say("utter_widget_clear_no"), cancelClear));
    footer.appendChild(ui.clear);
    footer.appendChild(ui.confirmClear);

    panel.appendChild(header);
    panel.appendChild(ui.notice);
    panel.appendChild(ui.connection);
    panel.appendChild(ui.helpNow);
    panel.appendChild(ui.log);
    panel.appendChild(ui.typing);
    panel.appendChild(form);
    panel.appendChild(ui.hint);
    panel.appendChild(footer);
    panel.appendChild(ui.live);

    root.appendChild(ui.exit);
    root.appendChild(ui.launcher);
    root.appendChild(panel);
    document.body.appendChild(root);
    ui.root = root;
    ui.panel = panel;
    updateHint();
  }

  function renderAll() {
    ui.notice.hidden = !!state.notice;
    ui.log.textContent = "";
    state.messages.forEach(function (message) {
      appendMessage(message, false);
    });
    refreshTyping();
  }

  function statusText(message) {
    switch (message.status) {
      case "waiting":
        return say("utter_widget_status_waiting");
      case "failed":
        return say("utter_widget_status_failed");
      case "too_long":
        return say("utter_widget_status_too_long");
      default:
        return "";
    }
  }

  function renderStatus(message) {
    var item = message.node;
    if (!item) return;
    var holder = item.querySelector(".iiw-status");
    holder.textContent = statusText(message);
    item.classList.toggle("iiw-unsent", holder.textContent !== "");
    if (message.status === "failed") {
      holder.appendChild(document.createTextNode(" "));
      holder.appendChild(
        button("iiw-retry", say("utter_widget_retry"), function () {
          retry(message);
        })
      );
    }
  }

  function appendMessage(message, announce) {
    if (message.hidden) return;
    // Only the newest message keeps its buttons, so old choices cannot be sent by mistake.
    var old = ui.log.querySelectorAll(".iiw-choices");
    Array.prototype.forEach.call(old, function (node) {
      node.remove();
    });
    var item = el("li", "iiw-msg iiw-" + message.from);
    var who = el(
      "span",
      "iiw-sr-only",
      say(message.from === "bot" ? "utter_widget_bot_prefix" : "utter_widget_user_prefix") + " "
    );
    var bubble = el("div", "iiw-bubble");
    bubble.appendChild(who);
    if (message.from === "bot") bubble.appendChild(richText(message.text || ""));
    else bubble.appendChild(document.createTextNode(message.text));
    item.appendChild(bubble);
    if (message.from === "user") {
      var status = el("p", "iiw-status");
      item.appendChild(status);
    }
    var choices = message.buttons || [];
    if (choices.length && message === state.messages[state.messages.length - 1]) {
      var group = el("div", "iiw-choices");
      group.setAttribute("role", "group");
      group.setAttribute("aria-label", say("utter_widget_choices_label"));
      choices.forEach(function (choice) {
        group.appendChild(
          button("iiw-choice", choice.title, function () {
            sendMessage(choice.title, choice.payload);
            ui.input.focus();
          })
        );
      });
      item.appendChild(group);
    }
    ui.log.appendChild(item);
    message.node = item;
    if (message.from === "user") renderStatus(message);
    ui.log.scrollTop = ui.log.scrollHeight;
    if (announce && message.from === "bot") {
      var line = el("p", null, say("utter_widget_bot_announce", { text: message.text || "" }));
      ui.live.appendChild(line);
      while (ui.live.childNodes.length > 3) ui.live.removeChild(ui.live.firstChild);
    }
  }

  function setConnection(text) {
    ui.connection.textContent = text; // stays in the page so screen readers hear changes
  }

  // No answer: the crisis and victim-support lines, which need no server.
  function showHelpNow(show) {
    ui.helpNow.hidden = !show;
  }

  function refreshTyping() {
    var waiting = state.messages.some(function (m) {
      return m.status === "sending";
    });
    ui.typing.hidden = !(waiting && ready);
  }

  function updateHint() {
    var length = ui.input.value.length;
    if (length > opts.maxLength) {
      ui.hint.textContent = say("utter_widget_input_too_long", {
        length: length,
        limit: opts.maxLength,
      });
      ui.hint.classList.add("iiw-error");
    } else {
      ui.hint.textContent = say("utter_widget_input_hint");
      ui.hint.classList.remove("iiw-error");
    }
  }

  // ---------- panel ----------

  // One place shows or hides the panel: the launcher is its mirror image.
  function setPanel(open) {
    state.open = open;
    save();
    ui.panel.hidden = !open;
    ui.launcher.hidden = open;
    ui.launcher.setAttribute("aria-expanded", String(open));
    if (!open) {
      ui.launcher.focus();
      return;
    }
    if (!state.started) startConversation();
    connect();
    (state.notice ? ui.input : ui.notice.querySelector("button")).focus();
  }

  function dismissNotice() {
    state.notice = true;
    save();
    ui.notice.hidden = true;
    ui.input.focus();
  }

  function startConversation() {
    state.started = true;
    if (opts.greeting) addBotMessage({ text: opts.greeting }, false);
    if (opts.startPayload) sendMessage(null, opts.startPayload);
    save();
  }

  function askClear() {
    ui.clear.hidden = true;
    ui.confirmClear.hidden = false;
    ui.confirmClear.querySelector(".iiw-confirm-no").focus();
  }

  function cancelClear() {
    ui.confirmClear.hidden = true;
    ui.clear.hidden = false;
    ui.clear.focus();
  }

  function clearConversation() {
    var notice = state.notice;
    var token = state.token;
    wipeStorage();
    state = emptyState();
    state.notice = notice;
    state.open = true;
    ui.confirmClear.hidden = true;
    ui.clear.hidden = false;
    renderAll();
    setConnection("");
    // The server deletes the conversation and revokes its token (no socket or copy of the
    // token can continue it), then starts a new session.
    if (socket && socket.connected) {
      ready = false;
      socket.emit("session_end");
      socket.emit("session_request", { session_id: null });
    } else if (token) {
      eraseOnServer(token);
    }
    startConversation();
    ui.input.focus();
  }

  // ---------- quick exit ----------

  function quickExit() {
    var token = state && state.token;
    wipeStorage();
    state = null;
    if (token) eraseOnServer(token);
    if (socket) {
      socket.io.opts.reconnection = false;
      socket.disconnect();
    }
    if (ui.root) ui.root.remove();
    // replace(): the chat page leaves the history, so Back does not return to it.
    location.replace(opts.exitUrl);
  }

  document.addEventListener(
    "keydown",
    function (event) {
      if (event.key === "Escape" && !event.isComposing) quickExit();
    },
    true
  );

  // ---------- messages ----------

  function addBotMessage(payload, announce) {
    var key = payload.reply_to !== undefined ? payload.reply_to + ":" + payload.seq : null;
    if (key && state.seen[key]) return; // a replay after reconnecting: already shown
    if (key) state.seen[key] = 1;
    var choices = (payload.quick_replies || payload.buttons || [])
      .filter(function (c) {
        return c && typeof c.title === "string" && typeof c.payload === "string";
      })
      .map(function (c) {
        return { title: c.title, payload: c.payload };
      });
    var text = typeof payload.text === "string" ? payload.text : "";
    if (!text && !choices.length) return;
    var message = { from: "bot", text: text, buttons: choices };
    state.messages.push(message);
    save();
    appendMessage(message, announce);
  }

  function submitInput() {
    var text = ui.input.value.trim();
    if (!text) return;
    if (text.length > opts.maxLength) {
      updateHint();
      ui.input.focus();
      return;
    }
    ui.input.value = "";
    updateHint();
    sendMessage(text, text);
  }

  /* shown: the user's bubble (null = a quiet message such as the start payload). */
  function sendMessage(shown, payload) {
    var message = {
      id: newId(),
      from: "user",
      text: shown || "",
      send: payload,
      hidden: shown === null,
      status: "waiting",
    };
    state.messages.push(message);
    save();
    appendMessage(message, false);
    if (ready) emitMessage(message);
    else connect();
  }

  function retry(message) {
    // A server error means it was processed and failed: a new id asks again.
    if (message.error) message.id = newId();
    message.error = false;
    message.status = "waiting";
    renderStatus(message);
    save();
    if (ready) emitMessage(message);
  }

  function emitMessage(message) {
    message.status = "sending";
    renderStatus(message);
    save();
    refreshTyping();
    socket
      .timeout(ACK_TIMEOUT_MS)
      .emit("user_uttered", { message: message.send, message_id: message.id }, function (err, ack) {
        if (!state) return; // quick exit happened meanwhile
        var current = findMessage(message.id) || message;
        if (err) {
          // no answer in time: it may still arrive; a retry with the same id is safe.
          current.status = ready ? "failed" : "waiting";
          showHelpNow(true);
        } else if (ack && ack.status === "ok") {
          current.status = "sent";
        } else if (ack && ack.status === "too_long") {
          current.status = "too_long";
        } else if (ack && ack.status === "too_fast") {
          current.status = "failed"; // not processed: a retry with the same id is safe
        } else if (ack && ack.status === "no_session") {
          current.status = "waiting";
          ready = false;
          socket.emit("session_request", { session_id: state.token });
        } else {
          current.status = "failed";
          current.error = true;
          showHelpNow(true);
        }
        renderStatus(current);
        save();
        refreshTyping();
      });
  }

  function findMessage(id) {
    for (var i = 0; i < state.messages.length; i++) {
      if (state.messages[i].id === id) return state.messages[i];
    }
    return null;
  }

  function flushQueue() {
    state.messages.forEach(function (message) {
      if (message.from === "user" && (message.status === "waiting" || message.status === "sending")) {
        emitMessage(message);
      }
    });
  }

  // ---------- connection ----------

  function loadSocketIo(then) {
    if (window.io) return then();
    var tag = document.createElement("script");
    tag.src = opts.socketScript;
    tag.onload = then;
    tag.onerror = function () {
      setConnection(say("utter_widget_load_failed"));
      showHelpNow(true);
    };
    document.head.appendChild(tag);
  }

  function connect() {
    if (socket) return;
    socket = true; // loading
    loadSocketIo(function () {
      socket = window.io(opts.serverUrl, {
        path: opts.socketPath,
        reconnectionDelay: 500,
        reconnectionDelayMax: 4000,
        withCredentials: false,
      });
      var lost = false;
      socket.on("connect", function () {
        socket.emit("session_request", { session_id: state ? state.token : null });
      });
      socket.on("session_confirm", function (token) {
        if (!state) return;
        state.token = token;
        ready = true;
        save();
        setConnection(lost ? say("utter_widget_reconnected") : "");
        if (lost) {
          lost = false;
          setTimeout(function () {
            if (ready && ui.connection.textContent === say("utter_widget_reconnected")) {
              setConnection("");
            }
          }, 3000);
        }
        flushQueue();
        refreshTyping();
      });
      socket.on("bot_uttered", function (payload) {
        if (state && payload && typeof payload === "object") addBotMessage(payload, true);
        if (state) showHelpNow(false);
      });
      socket.on("disconnect", function (reason) {
        if (!state) return;
        ready = false;
        lost = true;
        markWaiting();
        setConnection(say("utter_widget_connection_lost"));
        if (reason === "io server disconnect") socket.connect();
      });
      socket.on("connect_error", function () {
        if (!state) return;
        ready = false;
        lost = true;
        setConnection(say("utter_widget_unreachable"));
        showHelpNow(true);
      });
    });
  }

  function markWaiting() {
    state.messages.forEach(function (message) {
      if (message.status === "sending") {
        message.status = "waiting";
        renderStatus(message);
      }
    });
    save();
    refreshTyping();
  }

  // ---------- start ----------

  function start() {
    buildUi();
    renderAll();
    setConnection("");
    if (state.open) {
      ui.panel.hidden = false;
      ui.launcher.hidden = true;
      ui.launcher.setAttribute("aria-expanded", "true");
      connect();
    }
  }

  if (document.body) start();
  else document.addEventListener("DOMContentLoaded", start);
})();
