// The review screen: click an item to see its sentence, click a highlight to see its item,
// and review from the keyboard (j/k next/previous, a accept, r reject, Enter to the sentence).
(function () {
  "use strict";
  var currentKey = null;

  function items() { return Array.prototype.slice.call(document.querySelectorAll("#panel .item")); }
  function byKey(key) { return document.getElementById(key); }
  function mark(key) { return document.getElementById("t-" + key); }

  function flash(el) {
    el.classList.add("flash-on");
    window.setTimeout(function () { el.classList.remove("flash-on"); }, 1600);
  }

  function toSentence(key) {
    var target = mark(key);
    if (!target) { return; }
    target.scrollIntoView({ block: "center", behavior: "smooth" });
    flash(target);
  }

  function select(key, scrollItem) {
    items().forEach(function (li) { li.classList.toggle("current", li.dataset.key === key); });
    currentKey = key;
    var li = byKey(key);
    if (li && scrollItem) {
      li.scrollIntoView({ block: "nearest", behavior: "smooth" });
      li.focus({ preventScroll: true });
    }
  }

  function step(delta) {
    var list = items();
    if (!list.length) { return; }
    var index = list.findIndex(function (li) { return li.dataset.key === currentKey; });
    index = index < 0 ? 0 : Math.min(list.length - 1, Math.max(0, index + delta));
    select(list[index].dataset.key, true);
    toSentence(list[index].dataset.key);
  }

  function press(action) {
    var li = currentKey && byKey(currentKey);
    var button = li && li.querySelector('.actions button[value="' + action + '"]');
    if (button) { button.click(); }
  }

  document.addEventListener("click", function (event) {
    var goto = event.target.closest(".goto, .to-item");
    if (goto) {
      event.preventDefault();
      select(goto.dataset.key, goto.classList.contains("to-item"));
      toSentence(goto.dataset.key);
      return;
    }
    var hl = event.target.closest("#source-text .hl");
    if (hl) {
      select(hl.dataset.key, true);
      flash(byKey(hl.dataset.key));
    }
  });

  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey) { return; }
    if (event.target.closest("input, textarea, select, [contenteditable]")) { return; }
    switch (event.key) {
      case "j": step(1); break;
      case "k": step(-1); break;
      case "a": press("accepted"); break;
      case "r": press("rejected"); break;
      case "Enter":
        if (currentKey && event.target.closest(".item")) { toSentence(currentKey); }
        return;
      default: return;
    }
    event.preventDefault();
  });

  // The panel is replaced after each decision: keep the same item selected, and show each
  // item's decision on its highlight too.
  document.body.addEventListener("htmx:afterSettle", function () {
    items().forEach(function (li) {
      var hl = mark(li.dataset.key);
      var decision = (li.className.match(/decision-(\w+)/) || [])[1];
      if (hl && hl.classList.contains("hl") && decision) {
        hl.className = hl.className.replace(/decision-\w+/, "") + " decision-" + decision;
      }
    });
    if (currentKey && byKey(currentKey)) { select(currentKey, false); }
  });

  document.addEventListener("DOMContentLoaded", function () {
    var key = window.location.hash.slice(1);
    if (key && byKey(key)) { select(key, true); toSentence(key); }
  });
})();
