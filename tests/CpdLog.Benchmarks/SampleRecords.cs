namespace CpdLog.Benchmarks;

using System.Security.Cryptography;
using System.Text;
using CpdLog.Core.Compliance;
using CpdLog.Core.Portfolio;
using CpdLog.Core.Records;

/// <summary>
/// Deterministic, realistic records for a portfolio: mixed-length free text, Unicode names, £ amounts and long
/// unbroken strings (hashes, URLs). Shared by the benchmark and the tests (linked file).
/// </summary>
public static class SampleRecords
{
    private static readonly string[] Topics =
    [
        "Safeguarding adults level 3", "Sepsis recognition and the NEWS2 escalation pathway", "Medicines management in community nursing",
        "Tissue viability: pressure ulcer prevention", "Leading change in a multidisciplinary team", "Mental Capacity Act and best-interest decisions",
        "Infection prevention and control update", "Clinical supervision for newly registered nurses", "End-of-life care conversations",
        "Falls prevention in older people", "Diabetes foot care", "Deteriorating patient simulation", "Equality, diversity and inclusion",
        "Information governance and data security", "Quality improvement methodology (PDSA cycles)", "Paediatric basic life support",
    ];

    private static readonly string[] Sentences =
    [
        "I attended the session with colleagues from the ward and the community team.",
        "The content related directly to my role as a band 6 charge nurse on an acute medical unit.",
        "We discussed recent incidents, anonymised, and what the learning meant for our local procedures.",
        "I reviewed the NICE guidance beforehand and compared it with the trust policy (ref. NHS-QI-2024/17).",
        "Afterwards I updated the handover template and shared a summary at the team huddle.",
        "This reinforced the importance of clear documentation and timely escalation to the medical team.",
        "The facilitator, Siân Llewellyn, used case studies from Zoë's unit and from Łukasz Nowak's research.",
        "It cost £145, funded by the trust's study-leave budget, and took place in protected time.",
        "I identified that I needed further reading on the pharmacology of anticoagulants.",
        "Patients and relatives benefit because care is more consistent and better explained.",
    ];

    public static PortfolioInput Nmc(int activities = 500, int reflections = 5, int feedback = 20, int seed = 42)
    {
        var random = new Random(seed);
        var from = new DateOnly(2022, 4, 1);
        var to = new DateOnly(2025, 3, 31);
        var days = to.DayNumber - from.DayNumber;

        var activityList = new List<CpdActivity>();
        var evidence = new List<EvidenceFile>();
        for (var i = 0; i < activities; i++)
        {
            var start = from.AddDays(random.Next(days - 3));
            var hours = random.Next(1, 15) / 2m;
            var activity = new CpdActivity
            {
                Id = Guid(random),
                Title = Topics[random.Next(Topics.Length)],
                StartDate = start,
                EndDate = start.AddDays(random.Next(3)),
                Hours = hours,
                ParticipatoryHours = random.Next(3) == 0 ? 0 : hours,
                Method = (CpdMethod)random.Next(13),
                ActivityType = (ActivityType)random.Next(5),
                Description = Paragraph(random, 1, 3),
                RelevanceToPractice = Paragraph(random, 1, 2),
                LearningOutcomes = Paragraph(random, 1, 2),
                CodeThemes = (CodeThemes)random.Next(1, 16),
                IsPrivate = i % 97 == 0,
            };
            activityList.Add(activity);
            if (i % 4 == 0)
            {
                evidence.Add(Evidence(random, RecordKind.Activity, activity.Id, $"certificate-{i + 1:000}.pdf"));
            }
        }

        var feedbackList = Enumerable.Range(0, feedback).Select(i => new FeedbackEntry
        {
            Id = Guid(random),
            Date = from.AddDays(random.Next(days)),
            Source = (FeedbackSource)random.Next(8),
            Type = random.Next(2) == 0 ? "Written, formal" : "Verbal, informal",
            Summary = Paragraph(random, 2, 4),
            HowUsed = Paragraph(random, 1, 3),
        }).ToList();

        var reflectionList = Enumerable.Range(0, reflections).Select(i => new ReflectiveAccount
        {
            Id = Guid(random),
            Title = $"Reflection on {Topics[random.Next(Topics.Length)].ToLowerInvariant()}",
            Date = from.AddDays(random.Next(days)),
            Nature = Paragraph(random, 10, 14),
            Learning = Paragraph(random, 14, 20),
            ChangeInPractice = Paragraph(random, 12, 18),
            CodeRelevance = Paragraph(random, 6, 9),
            CodeThemes = (CodeThemes)random.Next(1, 16),
            ActivityId = activityList[random.Next(activityList.Count)].Id,
            FeedbackId = feedbackList.Count > 0 ? feedbackList[random.Next(feedbackList.Count)].Id : null,
        }).ToList();

        var practice = Enumerable.Range(0, 6).Select(i => new PracticeHoursEntry
        {
            Id = Guid(random),
            StartDate = from.AddMonths(i * 6),
            EndDate = from.AddMonths((i * 6) + 6).AddDays(-1),
            Organisation = i % 2 == 0 ? "Ysbyty Gwynedd, Betsi Cadwaladr University Health Board" : "Royal Infirmary, NHS Foundation Trust",
            OrganisationAddress = "Penrhosgarnedd, Bangor LL57 2PW",
            WorkSetting = "Hospital or other secondary care",
            ScopeOfPractice = "Direct patient care",
            RegistrationType = "Nurse",
            Hours = 780,
            Description = Paragraph(random, 1, 2),
        }).ToList();

        var code = "7K3QD-9XW2M";
        var input = new PortfolioInput
        {
            OwnerDisplayName = "Zoë Siân Łukasiewicz-Ó Briain",
            Registration = new PortfolioRegistration("NMC", "Nursing and Midwifery Council", "12A3456E"),
            Period = new PortfolioPeriod(from, to),
            Template = PortfolioTemplate.Nmc,
            Activities = activityList,
            Reflections = reflectionList,
            Feedback = feedbackList,
            PracticeHours = practice,
            Discussions =
            [
                new ReflectiveDiscussion
                {
                    Date = to.AddMonths(-2), PartnerName = "Siân Ní Bhriain", PartnerNmcPin = "98B7654C",
                    PartnerEmail = "sian.nibhriain@nhs.net", PartnerAddress = "Ward 7, Royal Infirmary", PartnerPostcode = "CF14 4XW",
                    Notes = Paragraph(random, 2, 3),
                },
            ],
            Confirmations =
            [
                new Confirmation
                {
                    Date = to.AddMonths(-1), ConfirmerName = "Łukasz Wiśniewski", ConfirmerRole = "Ward manager",
                    ConfirmerIsNmcRegistrant = true, ConfirmerProfessionalId = "11C2233D", ConfirmerEmail = "l.wisniewski@nhs.net",
                    ConfirmerAddress = "Ward 7, Royal Infirmary", ConfirmerPostcode = "CF14 4XW",
                },
            ],
            Declarations =
            [
                new Declaration { Kind = DeclarationKind.HealthAndCharacter, Date = to.AddDays(-3), Statement = "I have nothing to declare." },
                new Declaration { Kind = DeclarationKind.Indemnity, Date = to.AddDays(-3), Statement = "I have appropriate cover.", IndemnityThroughEmployer = true },
            ],
            Evidence = evidence,
            FundedStudy =
            [
                new FundedStudyLine("MSc Advanced Clinical Practice module 3", "Cardiff University", from.AddMonths(8), from.AddMonths(14), 1250m, "Completed"),
                new FundedStudyLine("Non-medical prescribing (V300)", "Bangor University", from.AddMonths(20), from.AddMonths(26), 2400.50m, "Approved"),
            ],
            Options = new PortfolioOptions(),
            VerificationCode = code,
            VerifyUrl = $"https://cpdlog.example.nhs.uk/verify/{code}",
            GeneratedAt = new DateTimeOffset(2025, 3, 20, 14, 30, 0, TimeSpan.Zero),
        };
        return input with { Compliance = NmcCompliance(input, to) };
    }

    /// <summary>The summary page is judged by the real NMC rule set, as the app does.</summary>
    public static ComplianceResult NmcCompliance(PortfolioInput input, DateOnly renewal) =>
        BodyCatalogue.Find("NMC")!.Evaluate(new ComplianceInput
        {
            AnchorDate = renewal,
            AsOf = renewal.AddDays(-20),
            Activities = input.Activities,
            Reflections = input.Reflections,
            Feedback = input.Feedback,
            PracticeHours = input.PracticeHours,
            Discussions = input.Discussions,
            Confirmations = input.Confirmations,
            Declarations = input.Declarations,
        });

    /// <summary>The same content as an HTML page, for the Chromium baseline.</summary>
    public static string ToHtml(PortfolioDocument document)
    {
        var html = new StringBuilder();
        html.Append("<!doctype html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>")
            .Append(Escape(document.Metadata.Title))
            .Append("</title><style>@page{size:A4;margin:22mm 16mm}body{font-family:'DejaVu Sans',sans-serif;font-size:9.5pt;color:#212B32}")
            .Append("h1{color:#005EB8;font-size:17pt;break-before:page}h2{font-size:12.5pt;break-after:avoid}h3{color:#005EB8;font-size:9.5pt;break-after:avoid}")
            .Append("table{width:100%;border-collapse:collapse;font-size:8pt}thead{display:table-header-group}th{background:#005EB8;color:#fff;text-align:left}")
            .Append("td,th{padding:3px 4px;border-bottom:.5px solid #D8DDE0;vertical-align:top;overflow-wrap:anywhere;white-space:pre-line}")
            .Append(".keep{break-inside:avoid}.notice{background:#EEF4FA;border-left:4px solid #005EB8;padding:6px 10px}.muted{color:#4C6272}</style></head><body>");
        html.Append("<h2 style=\"font-size:26pt;color:#005EB8\">").Append(Escape(document.Cover.Title)).Append("</h2>");
        foreach (var kv in document.Cover.Details)
        {
            html.Append("<p><b>").Append(Escape(kv.Key)).Append("</b> ").Append(Escape(kv.Value)).Append("</p>");
        }

        foreach (var section in document.Sections)
        {
            html.Append("<h1>").Append(Escape(section.Title)).Append("</h1>");
            AppendBlocks(html, section.Blocks);
        }

        return html.Append("</body></html>").ToString();
    }

    private static void AppendBlocks(StringBuilder html, IReadOnlyList<Block> blocks)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case HeadingBlock h:
                    html.Append(h.Level <= 2 ? "<h2>" : "<h3>").Append(Escape(h.Text)).Append(h.Level <= 2 ? "</h2>" : "</h3>");
                    break;
                case ParagraphBlock p:
                    html.Append("<p style=\"white-space:pre-line\">").Append(Escape(p.Text)).Append("</p>");
                    break;
                case NoticeBlock n:
                    html.Append("<div class=\"notice\">").Append(Escape(n.Text)).Append("</div>");
                    break;
                case KeyValueBlock kv:
                    html.Append("<table>");
                    foreach (var item in kv.Items)
                    {
                        html.Append("<tr><td style=\"width:30%\"><b>").Append(Escape(item.Key)).Append("</b></td><td>").Append(Escape(item.Value)).Append("</td></tr>");
                    }

                    html.Append("</table>");
                    break;
                case TableBlock t:
                    html.Append("<table><thead><tr>");
                    foreach (var c in t.Columns)
                    {
                        html.Append("<th>").Append(Escape(c.Header)).Append("</th>");
                    }

                    html.Append("</tr></thead><tbody>");
                    foreach (var row in t.Rows)
                    {
                        html.Append("<tr>");
                        foreach (var cell in row.Cells)
                        {
                            html.Append("<td>").Append(Escape(cell)).Append("</td>");
                        }

                        html.Append("</tr>");
                    }

                    html.Append("</tbody></table>");
                    break;
                case KeepTogetherBlock k:
                    html.Append("<div class=\"keep\">");
                    AppendBlocks(html, k.Blocks);
                    html.Append("</div>");
                    break;
                case PageBreakBlock:
                    html.Append("<div style=\"break-after:page\"></div>");
                    break;
            }
        }
    }

    private static string Escape(string text) => System.Net.WebUtility.HtmlEncode(text);

    private static string Paragraph(Random random, int min, int max)
    {
        var count = random.Next(min, max + 1);
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                text.Append(' ');
            }

            text.Append(Sentences[random.Next(Sentences.Length)]);
        }

        return text.ToString();
    }

    private static EvidenceFile Evidence(Random random, RecordKind kind, Guid recordId, string name)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return new EvidenceFile
        {
            Id = Guid(random),
            RecordKind = kind,
            RecordId = recordId,
            FileName = name,
            ContentType = "application/pdf",
            SizeBytes = random.Next(20_000, 2_000_000),
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
        };
    }

    private static Guid Guid(Random random)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }
}
