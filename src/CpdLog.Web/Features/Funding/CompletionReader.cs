namespace CpdLog.Web.Features.Funding;

using System.Text.Json;

/// <summary>The completion fields from JSON or from multipart/form-data (with an optional "certificate" file part).</summary>
public static class CompletionReader
{
    public static async Task<(CompleteInput? Input, IFormFile? Certificate, IResult? Problem)> ReadAsync(HttpRequest http, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (http.HasJsonContentType())
        {
            try
            {
                var json = await http.ReadFromJsonAsync<CompleteInput>(ct);
                return json is null
                    ? (null, null, TypedResults.ValidationProblem(new Dictionary<string, string[]> { [""] = ["Send the completion details"] }))
                    : (json, null, null);
            }
            catch (JsonException)
            {
                return (null, null, TypedResults.ValidationProblem(new Dictionary<string, string[]> { [""] = ["The request body is not valid JSON"] }));
            }
        }

        if (!http.HasFormContentType)
        {
            return (null, null, TypedResults.Problem(
                title: "Unsupported media type", detail: "Send application/json, or multipart/form-data to attach a certificate.",
                statusCode: StatusCodes.Status415UnsupportedMediaType));
        }

        var form = await http.ReadFormAsync(ct);
        var errors = new Dictionary<string, string[]>();
        if (!DateOnly.TryParseExact(form["completedOn"].ToString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var completedOn))
        {
            errors["completedOn"] = ["Enter the completion date as yyyy-MM-dd"];
        }

        decimal? Number(string field, string message)
        {
            var text = form[field].ToString();
            if (text.Length == 0)
            {
                return null;
            }

            if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }

            errors[field] = [message];
            return null;
        }

        var hours = Number("actualHours", "Enter the CPD hours as a number, for example 7.5");
        var cost = Number("actualCost", "Enter the actual cost in pounds and pence, for example 1450.00");
        if (errors.Count > 0)
        {
            return (null, null, TypedResults.ValidationProblem(errors));
        }

        var certificate = form.Files.GetFile(FundingService.CertificateField);
        return (new CompleteInput(completedOn, hours ?? 0, cost, form["reflection"].ToString(), form["costReason"].ToString()), certificate, null);
    }
}
