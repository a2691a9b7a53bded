namespace CpdLog.Web.Features.Registrations;

/// <summary>Validates and saves registrations. Every lookup is owner-scoped; another user's registration is "not found".</summary>
public sealed class RegistrationWriter(CpdLogDbContext db, BodyDirectory bodies, TimeProvider clock)
{
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

    /// <summary>The body must exist and not be registered twice (database checks); everything else is <see cref="RegistrationValidation"/>.</summary>
    private async Task<(BodyInfo? Body, DateOnly Anchor, Dictionary<string, string> Options, IReadOnlyList<FieldError> Errors)> ValidateAsync(
        string userId, Guid? id, RegistrationRequest request, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        var body = await bodies.FindAsync(request.BodyCode, ct);
        if (string.IsNullOrWhiteSpace(request.BodyCode))
        {
            errors.Add(new("bodyCode", "Select a professional body"));
        }
        else if (body is null)
        {
            errors.Add(new("bodyCode", $"\"{request.BodyCode}\" is not a professional body CpdLog knows; see /api/v1/bodies"));
        }
        else if (await db.Registrations.OwnedBy(userId).AnyAsync(r => r.BodyCode == body.Code && r.Id != id, ct))
        {
            errors.Add(new("bodyCode", $"You already have a registration with the {body.Name}"));
        }

        errors.AddRange(RegistrationValidation.Validate(body?.RuleSet, request.RegistrationNumber, request.AnchorDate, request.Options, out var anchor, out var options));
        return (body, anchor, options, errors);
    }
}
