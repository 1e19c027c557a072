// SPDX-License-Identifier: GPL-3.0-or-later
// The room's page without reloading: sends the form in the background,
// says what happened, and lists what this phone has sent (kept in this
// browser only, never asked of the laptop). Without it the form still
// posts as a plain form.
"use strict";
(function () {
  const form = document.getElementById("send");
  const notice = document.getElementById("notice");
  const yours = document.getElementById("yours");
  const list = document.getElementById("yours-list");
  const key = "power-triangle:" + location.pathname;

  function sent () {
    try { return JSON.parse(sessionStorage.getItem(key)) || []; } catch (e) { return []; }
  }
  function show () {
    const texts = sent();
    list.replaceChildren(...texts.map(function (t) {
      const li = document.createElement("li");
      li.textContent = t;
      return li;
    }));
    yours.hidden = texts.length === 0;
  }
  function say (text, error) {
    const p = document.createElement("p");
    p.textContent = text;
    if (error) p.className = "error";
    notice.replaceChildren(p);
  }
  function freshSubmission () {
    const bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    form.elements.submission.value = Array.from(bytes, function (b) {
      return b.toString(16).padStart(2, "0");
    }).join("");
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    const text = form.elements.text.value;
    const button = form.querySelector("button");
    button.disabled = true;
    fetch(form.action, {
      method: "POST",
      headers: { "Accept": "text/plain" },
      body: new URLSearchParams(new FormData(form)),
      credentials: "omit",
    }).then(function (response) {
      return response.text().then(function (message) {
        say(message, !response.ok);
        if (response.ok) {
          const texts = sent();
          texts.push(text.trim());
          sessionStorage.setItem(key, JSON.stringify(texts));
          form.elements.text.value = "";
          freshSubmission();
          show();
        }
      });
    }).catch(function () {
      say(form.dataset.offline || "?", true);
    }).finally(function () {
      button.disabled = false;
      form.elements.text.focus();
    });
  });
  show();
})();
