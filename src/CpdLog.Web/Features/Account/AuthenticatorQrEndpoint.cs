namespace CpdLog.Web.Features.Account;

using System.Text.Encodings.Web;
using QRCoder;

/// <summary>
/// The QR code for setting up an authenticator app, drawn on the server for the signed-in user's own key (never for
/// a URI a caller supplies), so no third-party script is needed on the two-factor page.
/// </summary>
public static class AuthenticatorQrEndpoint
{
    public static void MapAuthenticatorQr(RouteGroupBuilder api) =>
        api.MapGet("/account/authenticator-qr", async (HttpContext http, CpdUserManager users) =>
            {
                var user = await users.GetUserAsync(http.User);
                if (user is null)
                {
                    return Results.NotFound();
                }

                var key = await users.GetAuthenticatorKeyAsync(user);
                if (string.IsNullOrEmpty(key))
                {
                    return Results.NotFound();
                }

                var label = UrlEncoder.Default.Encode("CpdLog:" + (user.Email ?? user.UserName));
                var uri = $"otpauth://totp/{label}?secret={key}&issuer=CpdLog&digits=6";
                using var generator = new QRCodeGenerator();
                using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
                var svg = new SvgQRCode(data).GetGraphic(6);
                http.Response.Headers.CacheControl = "no-store";
                return Results.Content(svg, "image/svg+xml");
            })
            .WithTags("Account")
            .WithSummary("QR code (SVG) of the signed-in user's authenticator key, for two-factor set-up")
            .ExcludeFromDescription();
}
