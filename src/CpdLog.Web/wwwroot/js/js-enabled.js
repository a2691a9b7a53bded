// Loaded at the top of <body> (not inline: the Content-Security-Policy allows scripts from this site's files only).
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' nhsuk-frontend-supported' : '');
