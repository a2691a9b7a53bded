namespace CpdLog.Web.Features.Registrations;

using System.Globalization;
using CpdLog.Core.Compliance;
using CpdLog.Core.Registrations;
using CpdLog.Data;
using Microsoft.EntityFrameworkCore;

/// <summary>What a user sends to add or change a registration (API body; the pages build one from their form).</summary>
public sealed record RegistrationRequest
{
    /// <summary>A catalogue code ("NMC"), alias, or the code of an Admin-defined body.</summary>
    public string? BodyCode { get; init; }

    public string? RegistrationNumber { get; init; }

    /// <summary>yyyy-MM-dd: the renewal date, or the start of the CPD year, as the body's anchor label says.</summary>
    public string? AnchorDate { get; init; }

    /// <summary>Body options by key (see GET /api/v1/bodies); missing keys take the option's default.</summary>
    public Dictionary<string, string?>? Options { get; init; }
}

/// <summary>The outcome of a write: the saved registration, or errors keyed by camelCase field name.</summary>
public sealed record WriteResult(ProfessionalRegistration? Registration, IReadOnlyDictionary<string, string[]> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>Validates and saves registrations. Every lookup is owner-scoped; another user's registration is "not found".</summary>
public sealed class RegistrationWriter(CpdLogDbContext db, BodyDirectory bodies, TimeProvider clock)
{
    public const int MaxNumberLength = 50;
    private const int MaxOptionLength = 50;
    private static readonly DateOnly EarliestAnchor = new(1950, 1, 1);
    private static readonly DateOnly LatestAnchor = new(2100, 12, 31);

    public async Task<WriteResult> CreateAsync(string userId, RegistrationRequest request, CancellationToken ct = default)
    {
        var (body, anchor, options, errors) = await ValidateAsync(userId, null, request, ct);
        if (errors.Count > 0)
        {
            return new WriteResult(null, errors);
        }

        var now = clock.GetUtcNow();
        var registration = new ProfessionalRegistration { OwnerId = userId, CreatedAt = now };
        Apply(registration, body!, request, anchor, options, now);
        db.Registrations.Add(registration);
        await db.SaveChangesAsync(ct);
        return new WriteResult(registration, errors);
    }

    /// <summary>Null when the registration is not the user's (or is in the bin).</summary>
    public async Task<WriteResult?> UpdateAsync(string userId, Guid id, RegistrationRequest request, CancellationToken ct = default)
    {
        var registration = await db.Registrations.OwnedBy(userId).FirstOrDefaultAsync(r => r.Id == id, ct);
        if (registration is null)
        {
            return null;
        }

        var (body, anchor, options, errors) = await ValidateAsync(userId, id, request, ct);
        if (errors.Count > 0)
        {
            return new WriteResult(null, errors);
        }

        Apply(registration, body!, request, anchor, options, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return new WriteResult(registration, errors);
    }

    /// <summary>Moves the registration to the bin; false when it is not the user's.</summary>
    public async Task<bool> MoveToBinAsync(string userId, Guid id, CancellationToken ct = default)
    {
        var registration = await db.Registrations.OwnedBy(userId).FirstOrDefaultAsync(r => r.Id == id, ct);
        if (registration is null)
        {
            return false;
        }

        registration.MoveToBin(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return true;
    }

    private static void Apply(
        ProfessionalRegistration registration,
        BodyInfo body,
        RegistrationRequest request,
        DateOnly anchor,
        Dictionary<string, string> options,
        DateTimeOffset now)
    {
        registration.BodyCode = body.Code;
        registration.CustomBodyId = body.CustomBodyId;
        registration.RegistrationNumber = request.RegistrationNumber!.Trim();
        registration.AnchorDate = anchor;
        registration.Options = options;
        registration.UpdatedAt = now;
    }

    private async Task<(BodyInfo? Body, DateOnly Anchor, Dictionary<string, string> Options, Dictionary<string, string[]> Errors)> ValidateAsync(
        string userId, Guid? id, RegistrationRequest request, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var body = await bodies.FindAsync(request.BodyCode, ct);
        if (string.IsNullOrWhiteSpace(request.BodyCode))
        {
            errors["bodyCode"] = ["Select a professional body"];
        }
        else if (body is null)
        {
            errors["bodyCode"] = [$"\"{request.BodyCode}\" is not a professional body CpdLog knows; see /api/v1/bodies"];
        }
        else if (await db.Registrations.OwnedBy(userId).AnyAsync(r => r.BodyCode == body.Code && r.Id != id, ct))
        {
            errors["bodyCode"] = [$"You already have a registration with the {body.Name}"];
        }

        var number = request.RegistrationNumber?.Trim() ?? "";
        if (number.Length == 0)
        {
            errors["registrationNumber"] = ["Enter your registration or membership number"];
        }
        else if (number.Length > MaxNumberLength)
        {
            errors["registrationNumber"] = [$"Registration number must be {MaxNumberLength} characters or fewer"];
        }

        DateOnly anchor = default;
        var label = body?.RuleSet.AnchorLabel ?? "the date";
        if (string.IsNullOrWhiteSpace(request.AnchorDate))
        {
            errors["anchorDate"] = [$"Enter the date: {label}"];
        }
        else if (!DateOnly.TryParseExact(request.AnchorDate.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out anchor))
        {
            errors["anchorDate"] = ["Enter a real date, like 2027-03-31"];
        }
        else if (anchor < EarliestAnchor || anchor > LatestAnchor)
        {
            errors["anchorDate"] = ["Date must be between 1950 and 2100"];
        }
        else if (body?.RuleSet.CheckAnchor(anchor) is { } anchorProblem)
        {
            errors["anchorDate"] = [anchorProblem];
        }

        var options = body is null ? [] : ReadOptions(body.RuleSet, request.Options, errors);
        return (body, anchor, options, errors);
    }

    /// <summary>Known options only; a choice must be one of the body's choices, a date a real YYYY-MM-DD. Blank means "use the default".</summary>
    private static Dictionary<string, string> ReadOptions(
        IBodyRuleSet ruleSet, Dictionary<string, string?>? posted, Dictionary<string, string[]> errors)
    {
        var options = new Dictionary<string, string>();
        posted ??= [];
        foreach (var key in posted.Keys.Where(k => !ruleSet.Options.Any(o => string.Equals(o.Key, k, StringComparison.OrdinalIgnoreCase))))
        {
            errors[$"options.{key}"] = [$"{ruleSet.Code} has no option \"{key}\""];
        }

        foreach (var option in ruleSet.Options)
        {
            var value = posted.FirstOrDefault(p => string.Equals(p.Key, option.Key, StringComparison.OrdinalIgnoreCase)).Value?.Trim();
            if (string.IsNullOrEmpty(value))
            {
                if (!string.IsNullOrEmpty(option.Default))
                {
                    options[option.Key] = option.Default;
                }

                continue;
            }

            if (option.Check(value) is { } problem)
            {
                errors[$"options.{option.Key}"] = [problem];
                continue;
            }

            if (option.Choices.Count > 0)
            {
                value = option.Choices.First(c => string.Equals(c, value, StringComparison.OrdinalIgnoreCase));
            }
            else if (value.Length > MaxOptionLength)
            {
                errors[$"options.{option.Key}"] = [$"{option.Label} must be {MaxOptionLength} characters or fewer"];
                continue;
            }

            options[option.Key] = value;
        }

        return options;
    }
}
