namespace CpdLog.IntegrationTests.Records;

using System.Net;
using System.Text.RegularExpressions;
using CpdLog.Core.Records;
using CpdLog.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CpdLog.IntegrationTests.Records.PageHelpers;
using static CpdLog.IntegrationTests.Records.RecordSamples;

/// <summary>
/// The NMC confirmation form's fields added by issue 12 (confirmer's category, the requirements checked, professional
/// address and postcode) through the Add and Edit pages, as a browser posts them (several boxes ticked at once).
/// </summary>
public sealed class ConfirmationFormPagesTests(CpdLogAppFactory factory) : IClassFixture<CpdLogAppFactory>
{
    [Fact]
    public async Task AddPage_SavesCategoryItemsAddressAndPostcode_EditPageShowsThemAndChangesThem()
    {
        var pages = await factory.CreateSignedInFormClientAsync("confirm-form@example.nhs.uk");
        var name = Unique("Confirmer");

        var added = await PostAsync(pages, "/Records/Confirmations/Add", Form(name,
            ("Input.ConfirmerCategory", "NmcRegistrantLineManager"),
            ("Input.ItemsConfirmed", "PracticeHours"), ("Input.ItemsConfirmed", "CpdHours"), ("Input.ItemsConfirmed", "ProfessionalIndemnity"),
            ("Input.ConfirmerAddress", "Ward 7, St James's Hospital\nBeckett Street, Leeds"), ("Input.ConfirmerPostcode", "ls9 7tf")));

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal("/Records/Confirmations", added.Headers.Location?.OriginalString);
        var saved = await factory.WithDbAsync(db => db.Confirmations.SingleAsync(c => c.ConfirmerName == name));
        Assert.Equal(ConfirmerCategory.NmcRegistrantLineManager, saved.ConfirmerCategory);
        Assert.Equal(ConfirmationItems.PracticeHours | ConfirmationItems.CpdHours | ConfirmationItems.ProfessionalIndemnity, saved.ItemsConfirmed);
        Assert.Equal("Ward 7, St James's Hospital\nBeckett Street, Leeds", saved.ConfirmerAddress.ReplaceLineEndings("\n"));
        Assert.Equal("LS9 7TF", saved.ConfirmerPostcode);

        // The Edit page shows every saved value in its field.
        var edit = $"/Records/Confirmations/Edit/{saved.Id}";
        var html = await pages.GetPageAsync(edit);
        Assert.Matches(Selected("NmcRegistrantLineManager"), html);
        foreach (var item in new[] { "PracticeHours", "CpdHours", "ProfessionalIndemnity" })
        {
            Assert.True(IsChecked(html, "Input.ItemsConfirmed", item), item);
        }

        foreach (var item in new[] { "PracticeRelatedFeedback", "WrittenReflectiveAccounts", "ReflectiveDiscussion", "HealthAndCharacter" })
        {
            Assert.False(IsChecked(html, "Input.ItemsConfirmed", item), item);
        }

        Assert.Equal("Ward 7, St James's Hospital\nBeckett Street, Leeds", TextareaValue(html, "Input.ConfirmerAddress")?.ReplaceLineEndings("\n").Trim('\n'));
        Assert.Equal("LS9 7TF", InputValue(html, "Input.ConfirmerPostcode"));

        // Change them as a browser would: the page's own values, with the boxes and fields the user changed.
        var changed = await PostAsync(pages, edit, [.. (await FieldsOnPageAsync(pages, edit)).Where(f => f.Key != "Input.ItemsConfirmed" && f.Key is not ("Input.ConfirmerCategory" or "Input.ConfirmerPostcode" or "Input.ConfirmerAddress")),
            new("Input.ConfirmerCategory", "OtherRegulatedProfessional"), new("Input.ItemsConfirmed", "ReflectiveDiscussion"),
            new("Input.ConfirmerAddress", ""), new("Input.ConfirmerPostcode", "M1 1AE")]);

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        saved = await factory.WithDbAsync(db => db.Confirmations.AsNoTracking().SingleAsync(c => c.Id == saved.Id));
        Assert.Equal(ConfirmerCategory.OtherRegulatedProfessional, saved.ConfirmerCategory);
        Assert.Equal(ConfirmationItems.ReflectiveDiscussion, saved.ItemsConfirmed);
        Assert.Equal("", saved.ConfirmerAddress);
        Assert.Equal("M1 1AE", saved.ConfirmerPostcode);
        Assert.Equal(name, saved.ConfirmerName); // the rest of the record went back unchanged
    }

    [Fact]
    public async Task AddPage_BadPostcodeCategoryAndItem_AreShownInTheErrorSummary_AndTheTypedValuesKept()
    {
        var pages = await factory.CreateSignedInFormClientAsync("confirm-form-errors@example.nhs.uk");
        var name = Unique("Confirmer");

        // Not an NMC registrant, yet "line manager who is an NMC registrant", and a postcode that is not one.
        var response = await PostAsync(pages, "/Records/Confirmations/Add", Form(name,
            ("Input.ConfirmerIsNmcRegistrant", "false"), ("Input.ConfirmerProfessionalId", ""),
            ("Input.ConfirmerCategory", "NmcRegistrantLineManager"), ("Input.ItemsConfirmed", "PracticeHours"),
            ("Input.ConfirmerAddress", "Ward 7"), ("Input.ConfirmerPostcode", "NOT A CODE")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var summary = ErrorSummary(html);
        Assert.Contains("Enter a real postcode, like LS1 4AP", summary);
        Assert.Contains("The category says the confirmer is an NMC registrant: tick that box and give their NMC Pin, or choose another category", summary);
        Assert.Equal("Enter a real postcode, like LS1 4AP", FieldError(html, "Input_ConfirmerPostcode"));
        Assert.Contains("href=\"#Input_ConfirmerPostcode\"", html);
        Assert.Equal("Ward 7", TextareaValue(html, "Input.ConfirmerAddress")?.Trim('\n'));
        Assert.Equal("NOT A CODE", InputValue(html, "Input.ConfirmerPostcode"));
        Assert.True(IsChecked(html, "Input.ItemsConfirmed", "PracticeHours"));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Confirmations.CountAsync(c => c.ConfirmerName == name)));
    }

    private static List<KeyValuePair<string, string>> Form(string name, params (string Key, string Value)[] extra)
    {
        var form = new List<KeyValuePair<string, string>>
        {
            new("Input.Date", Day(-4)), new("Input.ConfirmerName", name), new("Input.ConfirmerRole", "Matron"), new("Input.ConfirmerEmail", "m@example.nhs.uk"),
        };
        if (!extra.Any(e => e.Key == "Input.ConfirmerIsNmcRegistrant"))
        {
            form.Add(new("Input.ConfirmerIsNmcRegistrant", "true"));
            form.Add(new("Input.ConfirmerProfessionalId", "11C2222D"));
        }

        form.AddRange(extra.Select(e => new KeyValuePair<string, string>(e.Key, e.Value)));
        return form;
    }

    /// <summary>Posts fields (a name may repeat, as ticked boxes do) with the antiforgery token of the page itself.</summary>
    private static async Task<HttpResponseMessage> PostAsync(FormClient pages, string url, List<KeyValuePair<string, string>> fields)
    {
        var token = await pages.AntiforgeryTokenAsync(url);
        fields.RemoveAll(f => f.Key == "__RequestVerificationToken");
        fields.Add(new("__RequestVerificationToken", token));
        return await pages.Http.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    /// <summary>The named inputs, text areas and selected options of the record form on a page, as a browser would send them.</summary>
    private static async Task<List<KeyValuePair<string, string>>> FieldsOnPageAsync(FormClient pages, string url)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await pages.GetPageAsync(url));
        var form = document.Forms.First(f => f.Method == "post" && !(f.Action ?? "").Contains("Logout", StringComparison.OrdinalIgnoreCase));
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case AngleSharp.Html.Dom.IHtmlInputElement input when input.Name is { Length: > 0 } n && input.Type is not ("file" or "submit"):
                    if (input.Type is not ("checkbox" or "radio") || input.IsChecked)
                    {
                        fields.Add(new(n, input.Value));
                    }

                    break;
                case AngleSharp.Html.Dom.IHtmlTextAreaElement area when area.Name is { Length: > 0 } n:
                    fields.Add(new(n, area.Value));
                    break;
                case AngleSharp.Html.Dom.IHtmlSelectElement select when select.Name is { Length: > 0 } n:
                    fields.AddRange(select.Options.Where(o => o.IsSelected).Select(o => new KeyValuePair<string, string>(n, o.Value)));
                    break;
            }
        }

        return fields;
    }

    private static Regex Selected(string value) => new($"<option value=\"{value}\" selected>");
}
