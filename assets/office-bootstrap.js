// Development pages only: load the workbench's emulated Outlook host when the page runs inside the
// workbench (?host=workbench), otherwise Microsoft's Office.js from its CDN (real Outlook, sideloaded).
// Production pages reference the CDN directly (webpack.config.js).
(function () {
  var inWorkbench = /[?&]host=workbench(&|$)/.test(window.location.search);
  var sources = inWorkbench
    ? ["/office-host.js"]
    : ["https://appsforoffice.microsoft.com/lib/1/hosted/office.js"];
  for (var i = 0; i < sources.length; i++) document.write('<script src="' + sources[i] + '"></' + "script>");
})();
