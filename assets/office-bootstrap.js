// Development pages only: pick the Office.js a page runs on.
// - Inside the workbench (?host=workbench): the workbench's stand-in (/office-host.js), or with
//   &officeRuntime=microsoft Microsoft's own runtime served offline from @microsoft/office-js
//   (/office-js/office.js, after /microsoft-ajax.js: the ASP.NET AJAX subset the runtime would
//   otherwise fetch from ajax.aspnetcdn.com), which then talks to the workbench over Outlook on the web's protocol;
//   first /office-runtime-page.js, the workbench's user activation and dialog URL parameters
//   (workbench/office-runtime/page.ts).
// - Anywhere else (sideloaded in real Outlook): Microsoft's Office.js from its CDN.
// Production pages reference the CDN directly (webpack.config.js).
(function () {
  var search = window.location.search;
  var inWorkbench = /[?&]host=workbench(&|$)/.test(search);
  var microsoft = /[?&]officeRuntime=microsoft(&|$)/.test(search);
  var sources = !inWorkbench
    ? ["https://appsforoffice.microsoft.com/lib/1/hosted/office.js"]
    : microsoft
      ? ["/office-runtime-page.js", "/microsoft-ajax.js", "/office-js/office.js"]
      : ["/office-host.js"];
  for (var i = 0; i < sources.length; i++) document.write('<script src="' + sources[i] + '"></' + "script>");
})();
