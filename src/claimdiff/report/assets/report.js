// claimdiff HTML report: filters, links from each claim back to its findings,
// and highlighting of both sides of a finding. Everything works without it too:
// the finding -> span links are plain anchors.
(function () {
  "use strict";
  var body = document.body;

  // 1. Filter controls, built here so a page without script shows no dead checkboxes.
  var controls = document.getElementById("cd-controls");
  [["conflict", "conflicts"], ["agree", "agreements"], ["single", "single-source claims"]].forEach(function (pair) {
    var label = document.createElement("label");
    var box = document.createElement("input");
    box.type = "checkbox";
    box.checked = true;
    box.id = "cd-show-" + pair[0];
    box.addEventListener("change", function () { body.classList.toggle("hide-" + pair[0], !box.checked); });
    label.appendChild(box);
    label.appendChild(document.createTextNode(" " + pair[1]));
    controls.appendChild(label);
  });

  // 2. Each conflict or agreement links back from every span it uses.
  var findings = document.querySelectorAll(".finding[data-spans]");
  findings.forEach(function (item) {
    if (item.classList.contains("single_source")) { return; }
    item.getAttribute("data-spans").split(" ").forEach(function (spanId) {
      var mark = document.getElementById(spanId);
      if (!mark) { return; }
      var back = document.createElement("a");
      back.className = "backref";
      back.href = "#" + item.id;
      back.textContent = item.getAttribute("data-code");
      back.title = item.getAttribute("data-topic");
      mark.insertAdjacentElement("afterend", back);
    });
  });

  // 3. Hovering or focusing a finding lights up both of its spans.
  function light(item, on) {
    item.classList.toggle("active", on);
    item.getAttribute("data-spans").split(" ").forEach(function (spanId) {
      var mark = document.getElementById(spanId);
      if (mark) { mark.classList.toggle("active", on); }
    });
  }
  findings.forEach(function (item) {
    item.addEventListener("mouseenter", function () { light(item, true); });
    item.addEventListener("mouseleave", function () { light(item, false); });
    item.addEventListener("focusin", function () { light(item, true); });
    item.addEventListener("focusout", function () { light(item, false); });
  });

  body.setAttribute("data-ready", String(findings.length));
})();
