namespace CpdLog.Core.SignOffs;

using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

/// <summary>
/// The declarations a recipient makes and the exact text that is hashed when they answer: what the page showed them
/// (registrant, registration, period, summary, declaration) and what they entered, one fact a line, so anyone holding
/// the stored text can recompute the SHA-256 and anyone holding the hash can check the text.
/// </summary>
public static class SignOffText
{
    /// <summary>Printed in portfolios, on /verify and on the sign-off page, wherever an e-signature is shown.</summary>
    public const string EmailNotIdentity =
        "Signed electronically through a single-use link sent to the e-mail address shown. CpdLog checked that the "
        + "person who signed could open that e-mail; it did not check who they are.";

    public static string KindName(SignOffKind kind) => DisplayNames.Of(kind);

    /// <summary>The statement the recipient agrees to by signing (our own words, after the NMC forms' declarations).</summary>
    public static string Declaration(SignOffKind kind, string registrantName) => kind switch
    {
        SignOffKind.Confirmation =>
            $"I confirm that I discussed {registrantName}'s revalidation with them on the date given, that I have seen the evidence "
            + "of each requirement I ticked, and that the details I have given about myself are correct.",
        SignOffKind.Discussion =>
            $"I confirm that I am an NMC registrant, that I discussed {registrantName}'s five written reflective accounts with them "
            + "on the date given, and that the details I have given about myself are correct.",
        _ =>
            $"I confirm that, to the best of my knowledge, the CPD record of {registrantName} summarised above is accurate, and "
            + "that the details I have given about myself are correct.",
    };

    /// <summary>The text hashed for a signature (<paramref name="signed"/> true) or a decline.</summary>
    [SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "signed is the sign-off outcome (signed or declined), not the C type keyword.")]
    public static string Compose(SignOffRequest request, bool signed, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(request);
        var b = new StringBuilder();
        void Line(string key, string value) => b.Append(key).Append(": ").Append(value.ReplaceLineEndings(" ")).Append('\n');

        Line("CpdLog sign-off", KindName(request.Kind));
        Line("Request", request.Id.ToString("D"));
        Line("Registrant", request.RegistrantName);
        Line("Body", $"{request.BodyName} ({request.BodyCode})");
        Line(request.BodyCode == "NMC" ? "NMC Pin" : "Registration number", request.RegistrationNumber);
        Line("Period", $"{SignOffSummary.Date(request.PeriodStart)} to {SignOffSummary.Date(request.PeriodEnd)}");
        foreach (var section in SignOffSummary.FromJson(request.SummaryJson).Sections)
        {
            Line("Section", section.Title);
            foreach (var line in section.Lines)
            {
                Line("Record", line);
            }
        }

        Line("Sent to", request.RecipientEmail);
        if (signed)
        {
            Line("Declaration", Declaration(request.Kind, request.RegistrantName));
            Line("Name", request.SignerName);
            Line("Role", request.SignerRole);
            if (request.Kind != SignOffKind.Discussion)
            {
                Line("Category", request.SignerCategory.Name());
            }

            Line("Regulator", request.SignerRegulator);
            Line(request.SignerIsNmcRegistrant ? "NMC Pin" : "Professional ID", request.SignerProfessionalId);
            Line("Professional address", request.SignerAddress);
            Line("Postcode", request.SignerPostcode);
            Line(request.Kind == SignOffKind.Attestation ? "Date" : "Date of the discussion", request.MeetingDate is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "");
            if (request.Kind == SignOffKind.Confirmation)
            {
                Line("Requirements checked", string.Join(", ", request.ItemsConfirmed.ToList().Select(i => i.Name())));
            }

            Line("Answer", "Signed");
        }
        else
        {
            Line("Answer", "Declined");
            Line("Reason", request.DeclineReason);
        }

        Line("At", at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        return b.ToString();
    }

    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text ?? "")));
}
