namespace CpdLog.Core.Portfolio;

/// <summary>Counts words the way a reader would for the HCPC limits: runs of letters or digits, with
/// apostrophes and hyphens inside a word ("don't", "patient-centred") not splitting it.</summary>
public static class WordCounter
{
    /// <summary>HCPC CPD profile part 1 limit (hcpc-uk.org "How to complete your CPD profile").</summary>
    public const int HcpcSummaryOfPracticeLimit = 500;

    /// <summary>HCPC CPD profile part 3 limit (hcpc-uk.org "How to complete your CPD profile").</summary>
    public const int HcpcPersonalStatementLimit = 1500;

    public static int Count(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return 0;
        }

        var count = 0;
        var inWord = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) || char.IsSurrogate(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                if (!inWord)
                {
                    count++;
                    inWord = true;
                }
            }
            else if (inWord && IsJoiner(c) && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))
            {
                // Joiner inside a word: keep going.
            }
            else
            {
                inWord = false;
            }
        }

        return count;
    }

    private static bool IsJoiner(char c) => c is '\'' or '\u2019' or '-' or '\u2010' or '.' or ',';
}
