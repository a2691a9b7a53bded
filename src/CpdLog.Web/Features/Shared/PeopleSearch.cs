namespace CpdLog.Web.Features.Shared;

using System.Diagnostics.CodeAnalysis;

/// <summary>
/// Finding people by name or e-mail address in lists that can hold a whole trust (10,000 accounts): the admin
/// accounts list, the leaver statement and the choice of an out-of-office delegate. Matching and ordering run in the
/// database, so a page of results never loads every account.
/// </summary>
public static class PeopleSearch
{
    /// <summary>The longest search accepted; longer text is refused with a field error.</summary>
    public const int MaxLength = 200;

    /// <summary>The people whose name or e-mail address contains <paramref name="text"/> (any case); everyone when it is blank.</summary>
    [SuppressMessage("Globalization", "CA1304:Specify CultureInfo", Justification = "An EF Core query: string.ToLower() becomes SQL lower(); the culture overloads do not translate.")]
    [SuppressMessage("Globalization", "CA1311:Specify a culture or use an invariant version", Justification = "An EF Core query: string.ToLower() becomes SQL lower(); the culture overloads do not translate.")]
    [SuppressMessage("Performance", "CA1862:Use the 'StringComparison' method overloads to perform case-insensitive string comparisons", Justification = "An EF Core query: Contains(string, StringComparison) does not translate to SQL.")]
    public static IQueryable<CpdUser> Matching(this IQueryable<CpdUser> people, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return people;
        }

        var words = text.Trim().ToLowerInvariant();
        return people.Where(u => u.DisplayName.ToLower().Contains(words) || (u.Email != null && u.Email.ToLower().Contains(words)));
    }

    /// <summary>Name order with the id as the tie-break, so pages never overlap.</summary>
    public static IOrderedQueryable<CpdUser> InNameOrder(this IQueryable<CpdUser> people) =>
        people.OrderBy(u => u.DisplayName).ThenBy(u => u.Id);

    /// <summary>How a person is named in a choice: their name and e-mail address.</summary>
    public static string Label(CpdUser person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return person.DisplayName.Length > 0 ? $"{person.DisplayName} ({person.Email})" : person.Email ?? person.Id;
    }
}
