/* tpmdocs default theme: theme toggle, ADR log filter, table of contents.
   Everything on the page is readable without this file. */
(function () {
  "use strict";

  var root = document.documentElement;
  var THEME_KEY = "tpmdocs-theme";
  var MODES = ["auto", "light", "dark"];

  /* ---- Theme: auto -> light -> dark -> auto ---------------------------- */

  function readMode() {
    try {
      var m = localStorage.getItem(THEME_KEY);
      return m === "light" || m === "dark" ? m : "auto";
    } catch (e) {
      return "auto";
    }
  }

  function writeMode(mode) {
    try {
      if (mode === "auto") localStorage.removeItem(THEME_KEY);
      else localStorage.setItem(THEME_KEY, mode);
    } catch (e) { /* storage may be unavailable (file://, private mode) */ }
  }

  function applyMode(mode) {
    if (mode === "auto") root.removeAttribute("data-theme");
    else root.setAttribute("data-theme", mode);
  }

  function initTheme() {
    var buttons = document.querySelectorAll("[data-theme-toggle]");
    var mode = readMode();

    function label() {
      Array.prototype.forEach.call(buttons, function (btn) {
        var base = btn.getAttribute("data-label") || "";
        var name = btn.getAttribute("data-label-" + mode) || mode;
        var text = base ? base + ": " + name : name;
        btn.setAttribute("aria-label", text);
        btn.setAttribute("title", text);
        btn.setAttribute("data-mode", mode);
      });
    }

    function set(next) {
      mode = next;
      applyMode(mode);
      label();
    }

    set(mode);
    Array.prototype.forEach.call(buttons, function (btn) {
      btn.addEventListener("click", function () {
        var next = MODES[(MODES.indexOf(mode) + 1) % MODES.length];
        writeMode(next);
        set(next);
      });
    });
    window.addEventListener("storage", function (e) {
      if (e.key === THEME_KEY) set(readMode());
    });
  }

  /* ---- ADR log: filter rows by status ---------------------------------- */

  function initStatusFilter() {
    var bar = document.querySelector("[data-status-filter]");
    if (!bar) return;
    var table = document.getElementById(bar.getAttribute("data-filter-target") || "");
    if (!table) return;
    var rows = table.querySelectorAll("tbody tr[data-status]");
    var empty = table.querySelector("[data-filter-empty]");
    var buttons = bar.querySelectorAll("button[data-filter]");

    function apply(status, updateHash) {
      var known = false;
      Array.prototype.forEach.call(buttons, function (b) {
        if (b.getAttribute("data-filter") === status) known = true;
      });
      if (!known) status = "all";
      var shown = 0;
      Array.prototype.forEach.call(rows, function (row) {
        var visible = status === "all" || row.getAttribute("data-status") === status;
        row.hidden = !visible;
        if (visible) shown += 1;
      });
      if (empty) empty.hidden = shown !== 0;
      Array.prototype.forEach.call(buttons, function (b) {
        b.setAttribute("aria-pressed", b.getAttribute("data-filter") === status ? "true" : "false");
      });
      if (updateHash && window.history && history.replaceState) {
        try {
          var url = location.href.split("#")[0];
          history.replaceState(null, "", status === "all" ? url : url + "#status=" + encodeURIComponent(status));
        } catch (e) { /* ignore */ }
      }
    }

    bar.addEventListener("click", function (e) {
      var btn = e.target.closest ? e.target.closest("button[data-filter]") : null;
      if (btn) apply(btn.getAttribute("data-filter"), true);
    });

    var m = /^#status=([^&]+)/.exec(location.hash);
    if (m) apply(decodeURIComponent(m[1]), false);
  }

  /* ---- Table of contents: collapse on narrow screens, highlight section - */

  function initToc() {
    var toc = document.querySelector("[data-toc]");
    if (!toc) return;

    if (window.matchMedia) {
      var wide = window.matchMedia("(min-width: 960px)");
      toc.open = wide.matches;
      var onChange = function () { toc.open = wide.matches; };
      if (wide.addEventListener) wide.addEventListener("change", onChange);
      else if (wide.addListener) wide.addListener(onChange);
    }

    var links = toc.querySelectorAll('a[href^="#"]');
    var items = [];
    Array.prototype.forEach.call(links, function (a) {
      var id = a.getAttribute("href").slice(1);
      var el = document.getElementById(id);
      if (!el) {
        try { el = document.getElementById(decodeURIComponent(id)); } catch (e) { el = null; }
      }
      if (el) items.push({ link: a, target: el });
    });
    if (!items.length) return;

    var current = null;
    var pending = false;

    function update() {
      pending = false;
      var active = null;
      for (var i = 0; i < items.length; i++) {
        if (items[i].target.getBoundingClientRect().top <= 96) active = items[i];
        else break;
      }
      if (active === current) return;
      if (current) {
        current.link.classList.remove("active");
        current.link.removeAttribute("aria-current");
      }
      current = active;
      if (current) {
        current.link.classList.add("active");
        current.link.setAttribute("aria-current", "location");
      }
    }

    window.addEventListener("scroll", function () {
      if (!pending) {
        pending = true;
        window.requestAnimationFrame(update);
      }
    }, { passive: true });
    update();
  }

  /* ---- Keyboard: "/" focuses the search box when there is one ----------- */

  function initKeys() {
    var input = document.querySelector("[data-search-input]");
    if (!input) return;
    document.addEventListener("keydown", function (e) {
      if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey) return;
      var t = e.target;
      var tag = t && t.tagName;
      if (tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || (t && t.isContentEditable)) return;
      e.preventDefault();
      input.focus();
    });
  }

  function init() {
    initTheme();
    initStatusFilter();
    initToc();
    initKeys();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
