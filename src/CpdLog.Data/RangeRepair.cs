namespace CpdLog.Data;

/// <summary>
/// Data repair run once by migration <c>FundingAuditableRanges</c>: values stored before amounts and hours had
/// ranges (a £1e12 actual cost, 1e9 CPD hours, a decimal at its maximum) are brought back into range so no page that
/// sums them stays broken. Frozen: it describes what that migration did; later repairs belong in a new migration.
/// Money above what a money column holds (£9,999,999,999.99) is capped there (an actual cost is reset to the approved
/// amount), negative money becomes 0; hours above 24 per day of their dates are capped at that.
/// </summary>
public static class RangeRepair
{
    public const string ColumnMax = "9999999999.99";

    public static IReadOnlyList<string> Statements(bool sqlite)
    {
        // SQLite keeps decimals as TEXT: compare them as numbers. PostgreSQL numeric compares as it is.
        string Num(string column) => sqlite ? $"CAST(\"{column}\" AS REAL)" : $"\"{column}\"";

        // Days from one date column to another, inclusive.
        string Days(string from, string to) => sqlite
            ? $"(julianday(\"{to}\") - julianday(\"{from}\") + 1)"
            : $"(\"{to}\" - \"{from}\" + 1)";

        var statements = new List<string>();
        foreach (var column in new[] { "TuitionFee", "ExamFee", "TravelCost", "OtherCost", "ApprovedAmount", "ClaimedAmount" })
        {
            statements.Add($"UPDATE \"FundingRequests\" SET \"{column}\" = {ColumnMax} WHERE {Num(column)} > {ColumnMax}");
            statements.Add($"UPDATE \"FundingRequests\" SET \"{column}\" = 0 WHERE {Num(column)} < 0");
        }

        statements.Add($"UPDATE \"FundingRequests\" SET \"SpentAmount\" = \"ApprovedAmount\" WHERE {Num("SpentAmount")} > {ColumnMax} OR {Num("SpentAmount")} < 0");
        statements.Add($"UPDATE \"Budgets\" SET \"Allocated\" = {ColumnMax} WHERE {Num("Allocated")} > {ColumnMax}");
        statements.Add($"UPDATE \"Budgets\" SET \"Allocated\" = 0 WHERE {Num("Allocated")} < 0");
        foreach (var column in new[] { "StudyLeaveHours", "PlannedHours" })
        {
            statements.Add($"UPDATE \"FundingRequests\" SET \"{column}\" = 24 * {Days("StartDate", "EndDate")} "
                           + $"WHERE \"EndDate\" >= \"StartDate\" AND {Num(column)} > 24 * {Days("StartDate", "EndDate")}");
            statements.Add($"UPDATE \"FundingRequests\" SET \"{column}\" = 0 WHERE {Num(column)} < 0");
        }

        statements.Add($"UPDATE \"FundingRequests\" SET \"ApprovedLeaveHours\" = \"StudyLeaveHours\" WHERE {Num("ApprovedLeaveHours")} > {Num("StudyLeaveHours")} OR {Num("ApprovedLeaveHours")} < 0");
        statements.Add($"UPDATE \"FundingRequests\" SET \"ActualHours\" = 24 * {Days("StartDate", "CompletedOn")} "
                       + $"WHERE \"CompletedOn\" IS NOT NULL AND \"CompletedOn\" >= \"StartDate\" AND {Num("ActualHours")} > 24 * {Days("StartDate", "CompletedOn")}");
        statements.Add($"UPDATE \"CpdActivities\" SET \"Hours\" = 24 * {Days("StartDate", "EndDate")} "
                       + $"WHERE \"EndDate\" >= \"StartDate\" AND {Num("Hours")} > 24 * {Days("StartDate", "EndDate")}");
        statements.Add($"UPDATE \"CpdActivities\" SET \"ParticipatoryHours\" = \"Hours\" WHERE {Num("ParticipatoryHours")} > {Num("Hours")}");
        return statements;
    }

    /// <summary>
    /// Before cost centres were held, any budget holder approved any cost centre. So that second approvals do not stall
    /// after upgrading, each existing budget holder comes to hold their own account's cost centre; an Admin reviews
    /// and changes the holdings on Admin/CostCentres (every later change is audited).
    /// </summary>
    public static string SeedHoldings(bool sqlite) => sqlite
        ? """
          INSERT INTO "CostCentreHolders" ("Id", "UserId", "CostCentre", "AssignedAt", "AssignedById")
          SELECT upper(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-8' || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))),
                 u."Id", upper(trim(u."CostCentre")), 0, 'migration'
          FROM "AspNetUsers" u
          JOIN "AspNetUserRoles" ur ON ur."UserId" = u."Id"
          JOIN "AspNetRoles" r ON r."Id" = ur."RoleId"
          WHERE r."Name" = 'BudgetHolder' AND u."CostCentre" IS NOT NULL AND trim(u."CostCentre") <> ''
          """
        : """
          INSERT INTO "CostCentreHolders" ("Id", "UserId", "CostCentre", "AssignedAt", "AssignedById")
          SELECT gen_random_uuid(), u."Id", upper(trim(u."CostCentre")), now(), 'migration'
          FROM "AspNetUsers" u
          JOIN "AspNetUserRoles" ur ON ur."UserId" = u."Id"
          JOIN "AspNetRoles" r ON r."Id" = ur."RoleId"
          WHERE r."Name" = 'BudgetHolder' AND u."CostCentre" IS NOT NULL AND trim(u."CostCentre") <> ''
          """;
}
