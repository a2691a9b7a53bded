// The packaged authenticator set-up page leaves an empty #qrCode box; fill it with the QR code drawn on the server.
(function () {
    var box = document.getElementById('qrCode');
    if (!box) { return; }
    var img = document.createElement('img');
    img.src = '/api/v1/account/authenticator-qr';
    img.alt = 'QR code to scan with your authenticator app';
    img.width = 200; img.height = 200;
    img.setAttribute('data-testid', 'authenticator-qr');
    box.appendChild(img);
    document.querySelectorAll('a[href*="Linkid=852423"]').forEach(function (a) {
        var note = a.closest('.alert') || a.parentElement; if (note) { note.remove(); }
    });
})();
