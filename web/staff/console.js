// Staff console. All text from the server is inserted with textContent, never as HTML.
"use strict";

(function () {
  const transcript = document.getElementById("transcript");
  const turnsBox = document.getElementById("turns");
  const statusBox = document.getElementById("status");
  const input = document.getElementById("message");
  let session = null;
  let turnNumber = 0;

  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }

  function setStatus(text) { statusBox.textContent = text; }

  async function api(method, path, body) {
    const options = { method: method, headers: {}, credentials: "same-origin" };
    if (body) {
      options.headers["Content-Type"] = "application/json";
      options.body = JSON.stringify(body);
    }
    const response = await fetch("api/" + path, options);
    if (!response.ok) {
      let message = "error " + response.status;
      try { message = (await response.json()).error || message; } catch (e) { /* not json */ }
      throw new Error(message);
    }
    return response;
  }

  async function newSession() {
    const data = await (await api("POST", "session", { previous: session })).json();
    session = data.session;
    turnNumber = 0;
    transcript.replaceChildren();
    turnsBox.replaceChildren();
    setStatus("New conversation.");
  }

  function addLine(kind, text) {
    const item = el("li", text, kind);
    transcript.appendChild(item);
    item.scrollIntoView({ block: "end" });
    return item;
  }

  function addBotMessage(message) {
    const item = addLine("bot", message.text || "");
    const buttons = message.buttons || [];
    if (buttons.length) {
      const box = el("div", null, "choices");
      buttons.forEach(function (button) {
        const choice = el("button", button.title || button.payload);
        choice.type = "button";
        choice.addEventListener("click", function () {
          send(button.payload || button.title, "[" + (button.title || button.payload) + "]");
        });
        box.appendChild(choice);
      });
      item.appendChild(box);
    }
  }

  function row(list, label, value) {
    list.appendChild(el("dt", label));
    list.appendChild(el("dd", value === "" ? "-" : value));
  }

  function describeValue(value) {
    return typeof value === "string" ? value : JSON.stringify(value);
  }

  function showTurn(turn) {
    turnNumber += 1;
    const box = el("div", null, "turn");
    box.appendChild(el("h3", "Turn " + turnNumber + ": " + turn.user));
    const list = el("dl");
    const intent = turn.intent || {};
    const intentRow = el("dd", (intent.name || "?") + " (" + intent.confidence + ")", "intent");
    list.appendChild(el("dt", "Intent"));
    list.appendChild(intentRow);
    row(list, "Runners-up", (intent.runners_up || [])
      .map(function (r) { return r.name + " (" + r.confidence + ")"; }).join("\n"));
    row(list, "Entities", (turn.entities || [])
      .map(function (e) { return e.entity + " = " + describeValue(e.value); }).join("\n"));
    row(list, "Actions", (turn.actions || [])
      .map(function (a) { return a.name + (a.policy ? "  [" + a.policy + "]" : ""); }).join("\n"));
    row(list, "Responses", (turn.bot || [])
      .map(function (b) { return b.response || "(text from an action)"; }).join("\n"));
    row(list, "Slots set", Object.keys(turn.slots_set || {})
      .map(function (k) { return k + " = " + describeValue(turn.slots_set[k]); }).join("\n"));
    row(list, "All slots", Object.keys(turn.slots || {})
      .map(function (k) { return k + " = " + describeValue(turn.slots[k]); }).join("\n"));
    row(list, "Facts used", (turn.facts || [])
      .map(function (f) {
        return f.value + " <- content/" + f.name.split(".")[0] + ".yml " + f.name +
          " (source " + f.source + ", review by " + f.review_by + ")";
      }).join("\n"));
    box.appendChild(list);
    turnsBox.prepend(box);
  }

  async function send(text, shown) {
    if (!session) await newSession();
    addLine("user", shown || text);
    setStatus("...");
    try {
      const data = await (await api("POST", "message", { session: session, text: text })).json();
      (data.messages || []).forEach(addBotMessage);
      if (data.turn) showTurn(data.turn);
      setStatus("");
    } catch (error) {
      addLine("error", "Could not reach the assistant: " + error.message);
      setStatus("");
    }
  }

  async function saveAsTest() {
    if (!session) return;
    const name = document.getElementById("test-name").value || "";
    try {
      const response = await api("GET",
        "export?session=" + encodeURIComponent(session) + "&name=" + encodeURIComponent(name));
      const blob = new Blob([await response.text()], { type: "text/yaml" });
      const link = document.createElement("a");
      link.href = URL.createObjectURL(blob);
      link.download = "staff-conversation.yml";
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
      setStatus("Saved. Put the file in tests/conversations/.");
    } catch (error) {
      setStatus("Could not save: " + error.message);
    }
  }

  document.getElementById("send-form").addEventListener("submit", function (event) {
    event.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    input.value = "";
    send(text);
  });
  document.getElementById("reset").addEventListener("click", function () {
    newSession().catch(function (error) { setStatus("Reset failed: " + error.message); });
  });
  document.getElementById("save").addEventListener("click", saveAsTest);
  // Leaving the page ends the session: the server deletes its test conversation.
  window.addEventListener("pagehide", function () {
    if (!session) return;
    const body = new Blob([JSON.stringify({ session: session })], { type: "application/json" });
    navigator.sendBeacon("api/end", body);
    session = null;
  });
  newSession().catch(function (error) { setStatus("Not available: " + error.message); });
})();
