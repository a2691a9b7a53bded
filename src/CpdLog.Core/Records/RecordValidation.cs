namespace CpdLog.Core.Records;

using System.Text.RegularExpressions;

/// <summary>
/// Checks a record before it is saved. The pages and the API both call these, so a user sees the same words
/// whichever way they enter a record. Pure: the record and today's date in, messages out. Missing values arrive as
/// defaults (empty text, zero hours, <see cref="DateOnly.MinValue"/>, an undefined enum value). Wording follows the
/// NHS design system: say what to do, not what went wrong.
/// </summary>
public static partial class RecordValidation
{
    /// <summary>A sanity bound for one activity (a long formal qualification), not a regulator's rule.</summary>
    public const decimal MaxActivityHours = 1000m;

    /// <summary>Matches the length of the longest text columns we want in a portfolio without truncation.</summary>
    public const int MaxLongText = 20_000;

    public static IReadOnlyList<FieldError> Activity(CpdActivity a, DateOnly today)
    {
        var e = new Errors();
        e.RequiredText(nameof(a.Title), a.Title, "Enter a title", 300);
        e.Dates(a.StartDate, a.EndDate, nameof(a.StartDate), nameof(a.EndDate));
        if (a.Status == ActivityStatus.Completed)
        {
            e.NotFuture(nameof(a.StartDate), a.StartDate, today, "The start date cannot be in the future for a completed activity. Choose ‘Planned’ if it has not happened yet");
            e.NotFuture(nameof(a.EndDate), a.EndDate, today, "The end date cannot be in the future for a completed activity. Choose ‘Planned’ if it has not finished yet");
        }

        if (e.Hours(nameof(a.Hours), a.Hours, "hours", MaxActivityHours))
        {
            if (a.StartDate != default && a.EndDate >= a.StartDate && a.Hours > 24m * (a.EndDate.DayNumber - a.StartDate.DayNumber + 1))
            {
                e.Add(nameof(a.Hours), "Hours cannot be more than 24 for each day between the start and end dates");
            }

            if (a.ParticipatoryHours < 0)
            {
                e.Add(nameof(a.ParticipatoryHours), "Participatory hours cannot be negative");
            }
            else if (!HasAtMostTwoDecimals(a.ParticipatoryHours))
            {
                e.Add(nameof(a.ParticipatoryHours), "Participatory hours can have up to 2 decimal places");
            }
            else if (a.ParticipatoryHours > a.Hours)
            {
                e.Add(nameof(a.ParticipatoryHours), "Participatory hours cannot be more than the total hours");
            }
        }

        e.Defined(nameof(a.Method), a.Method, "Select how you did the learning");
        e.Defined(nameof(a.ActivityType), a.ActivityType, "Select the type of activity");
        e.Defined(nameof(a.Status), a.Status, "Select whether the activity is completed or planned");
        if (a.Status == ActivityStatus.Completed)
        {
            e.RequiredText(nameof(a.Description), a.Description, "Enter a description of the activity", MaxLongText);
        }
        else
        {
            e.MaxLength(nameof(a.Description), a.Description, MaxLongText);
        }

        e.MaxLength(nameof(a.RelevanceToPractice), a.RelevanceToPractice, MaxLongText);
        e.MaxLength(nameof(a.LearningOutcomes), a.LearningOutcomes, MaxLongText);
        e.Themes(nameof(a.CodeThemes), a.CodeThemes);
        e.MaxLength(nameof(a.Standards), a.Standards, 1000);
        e.MaxLength(nameof(a.Tags), a.Tags, 500);
        return e;
    }

    /// <summary>The NMC four-question reflective account form.</summary>
    public static IReadOnlyList<FieldError> Reflection(ReflectiveAccount r, DateOnly today)
    {
        var e = new Errors();
        e.RequiredText(nameof(r.Title), r.Title, "Enter a title", 300);
        e.PastDate(nameof(r.Date), r.Date, today, "Enter the date of the account");
        e.RequiredText(nameof(r.Nature), r.Nature, "Describe the nature of the activity, feedback or experience", MaxLongText);
        e.RequiredText(nameof(r.Learning), r.Learning, "Describe what you learned", MaxLongText);
        e.RequiredText(nameof(r.ChangeInPractice), r.ChangeInPractice, "Describe how you changed or improved your practice", MaxLongText);
        e.RequiredText(nameof(r.CodeRelevance), r.CodeRelevance, "Describe how this is relevant to the Code", MaxLongText);
        e.Themes(nameof(r.CodeThemes), r.CodeThemes);
        return e;
    }

    public static IReadOnlyList<FieldError> Feedback(FeedbackEntry f, DateOnly today)
    {
        var e = new Errors();
        e.PastDate(nameof(f.Date), f.Date, today, "Enter the date of the feedback");
        e.Defined(nameof(f.Source), f.Source, "Select who the feedback came from");
        e.MaxLength(nameof(f.Type), f.Type, 100);
        e.RequiredText(nameof(f.Summary), f.Summary, "Enter a summary of the feedback", MaxLongText);
        e.RequiredText(nameof(f.HowUsed), f.HowUsed, "Enter how you used the feedback to improve your practice", MaxLongText);
        return e;
    }

    /// <summary>The NMC practice hours log: dates, organisation, work setting and scope from the NMC lists, hours.</summary>
    public static IReadOnlyList<FieldError> PracticeHours(PracticeHoursEntry p, DateOnly today)
    {
        var e = new Errors();
        if (e.Dates(p.StartDate, p.EndDate, nameof(p.StartDate), nameof(p.EndDate)))
        {
            e.NotFuture(nameof(p.StartDate), p.StartDate, today, "The start date must be today or in the past");
            e.NotFuture(nameof(p.EndDate), p.EndDate, today, "The end date must be today or in the past");
        }

        e.RequiredText(nameof(p.Organisation), p.Organisation, "Enter the name of the organisation", 300);
        e.RequiredText(nameof(p.OrganisationAddress), p.OrganisationAddress, "Enter the address of the organisation", 1000);
        e.OneOf(nameof(p.WorkSetting), p.WorkSetting, NmcPracticeVocabulary.WorkSettings, "Select a work setting");
        e.OneOf(nameof(p.ScopeOfPractice), p.ScopeOfPractice, NmcPracticeVocabulary.ScopesOfPractice, "Select a scope of practice");
        e.OneOf(nameof(p.RegistrationType), p.RegistrationType, NmcPracticeVocabulary.RegistrationTypes, "Select the registration you practised under");
        if (e.Hours(nameof(p.Hours), p.Hours, "hours", decimal.MaxValue)
            && p.StartDate != DateOnly.MinValue && p.EndDate >= p.StartDate
            && p.Hours > 24m * (p.EndDate.DayNumber - p.StartDate.DayNumber + 1))
        {
            e.Add(nameof(p.Hours), "Hours cannot be more than 24 for each day between the start and end dates");
        }

        e.RequiredText(nameof(p.Description), p.Description, "Enter a brief description of your work", MaxLongText);
        return e;
    }

    /// <summary>The NMC reflective discussion form: partner's name, NMC Pin, email, professional address and the date.</summary>
    public static IReadOnlyList<FieldError> Discussion(ReflectiveDiscussion d, DateOnly today)
    {
        var e = new Errors();
        e.PastDate(nameof(d.Date), d.Date, today, "Enter the date of the discussion");
        e.RequiredText(nameof(d.PartnerName), d.PartnerName, "Enter the name of the NMC registrant you had the discussion with", 200);
        if (string.IsNullOrWhiteSpace(d.PartnerNmcPin))
        {
            e.Add(nameof(d.PartnerNmcPin), "Enter the partner’s NMC Pin");
        }
        else if (!IsNmcPin(d.PartnerNmcPin))
        {
            e.Add(nameof(d.PartnerNmcPin), "Enter an NMC Pin in the correct format, like 12A3456E");
        }

        e.Email(nameof(d.PartnerEmail), d.PartnerEmail, required: true, "Enter the partner’s email address");
        e.MaxLength(nameof(d.PartnerAddress), d.PartnerAddress, 1000);
        e.Postcode(nameof(d.PartnerPostcode), d.PartnerPostcode);
        e.MaxLength(nameof(d.Notes), d.Notes, MaxLongText);
        return e;
    }

    /// <summary>The NMC confirmation form: confirmer's name, Pin or other professional ID and regulator, email, address.</summary>
    public static IReadOnlyList<FieldError> Confirmation(Confirmation c, DateOnly today)
    {
        var e = new Errors();
        e.PastDate(nameof(c.Date), c.Date, today, "Enter the date of the confirmation");
        e.RequiredText(nameof(c.ConfirmerName), c.ConfirmerName, "Enter the confirmer’s name", 200);
        e.RequiredText(nameof(c.ConfirmerRole), c.ConfirmerRole, "Enter the confirmer’s job title or role", 200);
        if (c.ConfirmerIsNmcRegistrant)
        {
            if (!IsNmcPin(c.ConfirmerProfessionalId))
            {
                e.Add(nameof(c.ConfirmerProfessionalId), string.IsNullOrWhiteSpace(c.ConfirmerProfessionalId)
                    ? "Enter the confirmer’s NMC Pin"
                    : "Enter an NMC Pin in the correct format, like 12A3456E");
            }
        }
        else
        {
            e.MaxLength(nameof(c.ConfirmerProfessionalId), c.ConfirmerProfessionalId, 50);
            if (!string.IsNullOrWhiteSpace(c.ConfirmerProfessionalId) && string.IsNullOrWhiteSpace(c.ConfirmerRegulator))
            {
                e.Add(nameof(c.ConfirmerRegulator), "Enter the regulator that issued the professional ID, like HCPC or GMC");
            }
        }

        e.MaxLength(nameof(c.ConfirmerRegulator), c.ConfirmerRegulator, 100);
        e.Email(nameof(c.ConfirmerEmail), c.ConfirmerEmail, required: true, "Enter the confirmer’s email address");
        e.MaxLength(nameof(c.ConfirmerAddress), c.ConfirmerAddress, 1000);
        e.Postcode(nameof(c.ConfirmerPostcode), c.ConfirmerPostcode);
        e.Defined(nameof(c.ConfirmerCategory), c.ConfirmerCategory, "Select the confirmer’s category from the list");
        if (!e.Has(nameof(c.ConfirmerCategory)) && !c.ConfirmerIsNmcRegistrant
            && c.ConfirmerCategory is ConfirmerCategory.NmcRegistrant or ConfirmerCategory.NmcRegistrantLineManager)
        {
            e.Add(nameof(c.ConfirmerCategory), "The category says the confirmer is an NMC registrant: tick that box and give their NMC Pin, or choose another category");
        }

        if (!c.ItemsConfirmed.IsValid())
        {
            e.Add(nameof(c.ItemsConfirmed), "Select the requirements the confirmer checked from the list");
        }

        return e;
    }

    /// <summary>The details of an evidence file the user can change: description, pages and standards (HCPC part 4).</summary>
    public static IReadOnlyList<FieldError> EvidenceDetails(string description, int? pages, string standards)
    {
        var e = new Errors();
        e.MaxLength("Description", description, 500);
        if (pages is < 1 or > 10_000)
        {
            e.Add("Pages", "Number of pages must be between 1 and 10,000, or left blank");
        }

        e.MaxLength("Standards", standards, 200);
        return e;
    }

    public static IReadOnlyList<FieldError> Declaration(Declaration d, DateOnly today)
    {
        var e = new Errors();
        e.Defined(nameof(d.Kind), d.Kind, "Select the kind of declaration");
        e.PastDate(nameof(d.Date), d.Date, today, "Enter the date of the declaration");
        if (d.Kind == DeclarationKind.HealthAndCharacter)
        {
            e.RequiredText(nameof(d.Statement), d.Statement, "Enter your declaration, or ‘Nothing to declare’", MaxLongText);
        }
        else
        {
            e.MaxLength(nameof(d.Statement), d.Statement, MaxLongText);
            if (!d.IndemnityThroughEmployer)
            {
                e.RequiredText(nameof(d.IndemnityProvider), d.IndemnityProvider, "Enter the name of your indemnity provider", 200);
            }
        }

        e.MaxLength(nameof(d.IndemnityProvider), d.IndemnityProvider, 200);
        return e;
    }

    /// <summary>NMC Pin: two digits, a letter, four digits, a letter (e.g. 12A3456E). Spaces and case are ignored.</summary>
    public static bool IsNmcPin(string? value) => value is not null && NmcPinPattern().IsMatch(NormalisePin(value));

    public static string NormalisePin(string? value) => (value ?? "").Replace(" ", "", StringComparison.Ordinal).Trim().ToUpperInvariant();

    private static bool HasAtMostTwoDecimals(decimal value) => decimal.Round(value, 2) == value;

    [GeneratedRegex("^[0-9]{2}[A-Z][0-9]{4}[A-Z]$")]
    private static partial Regex NmcPinPattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$", RegexOptions.IgnoreCase)]
    private static partial Regex PostcodePattern();

    private sealed class Errors : List<FieldError>
    {
        public bool Has(string field) => this.Any(e => e.Field == field);

        public void Add(string field, string message)
        {
            // One message per field: the first problem is the one to fix.
            if (!Has(field))
            {
                Add(new FieldError(field, message));
            }
        }

        public void RequiredText(string field, string? value, string message, int max)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                Add(field, message);
            }
            else
            {
                MaxLength(field, value, max);
            }
        }

        public void MaxLength(string field, string? value, int max)
        {
            if (value is not null && value.Length > max)
            {
                Add(field, $"{Humanise(field)} must be {max.ToString("N0", CultureInfo.InvariantCulture)} characters or fewer");
            }
        }

        /// <summary>Both dates present and in order; true when they are.</summary>
        public bool Dates(DateOnly start, DateOnly end, string startField, string endField)
        {
            if (start == DateOnly.MinValue)
            {
                Add(startField, "Enter the start date");
            }

            if (end == DateOnly.MinValue)
            {
                Add(endField, "Enter the end date");
            }
            else if (start != DateOnly.MinValue && end < start)
            {
                Add(endField, "The end date must be the same as or after the start date");
            }

            return !Has(startField) && !Has(endField);
        }

        public void NotFuture(string field, DateOnly date, DateOnly today, string message)
        {
            if (date != DateOnly.MinValue && date > today)
            {
                Add(field, message);
            }
        }

        public void PastDate(string field, DateOnly date, DateOnly today, string missing)
        {
            if (date == DateOnly.MinValue)
            {
                Add(field, missing);
            }
            else
            {
                NotFuture(field, date, today, "The date must be today or in the past");
            }
        }

        /// <summary>More than zero, at most <paramref name="max"/>, two decimal places; true when valid.</summary>
        public bool Hours(string field, decimal hours, string what, decimal max)
        {
            if (hours <= 0)
            {
                Add(field, $"Enter the number of {what}, more than 0");
            }
            else if (hours > max)
            {
                Add(field, $"{Humanise(field)} must be {max.ToString("N0", CultureInfo.InvariantCulture)} or fewer");
            }
            else if (!HasAtMostTwoDecimals(hours))
            {
                Add(field, $"{Humanise(field)} can have up to 2 decimal places");
            }

            return !Has(field);
        }

        public void Defined<TEnum>(string field, TEnum value, string message)
            where TEnum : struct, Enum
        {
            if (!Enum.IsDefined(value))
            {
                Add(field, message);
            }
        }

        public void Themes(string field, CodeThemes themes)
        {
            if (!themes.IsValid())
            {
                Add(field, "Select themes of the Code from the list");
            }
        }

        public void OneOf(string field, string? value, IReadOnlyList<string> allowed, string message)
        {
            if (string.IsNullOrWhiteSpace(value) || !allowed.Contains(value, StringComparer.Ordinal))
            {
                Add(field, message);
            }
        }

        public void Email(string field, string? value, bool required, string missing)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                if (required)
                {
                    Add(field, missing);
                }
            }
            else if (value.Length > 256 || !EmailPattern().IsMatch(value.Trim()))
            {
                Add(field, "Enter an email address in the correct format, like name@example.nhs.uk");
            }
        }

        public void Postcode(string field, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value) && !PostcodePattern().IsMatch(value.Trim()))
            {
                Add(field, "Enter a real postcode, like LS1 4AP");
            }
        }

        private static string Humanise(string field)
        {
            var words = string.Concat(field.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : c.ToString()));
            return words;
        }
    }
}
