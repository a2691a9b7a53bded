using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CpdLog.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PortfolioReferencesAndForms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Number",
                table: "ReflectiveDiscussions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Number",
                table: "ReflectiveAccounts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Number",
                table: "PracticeHours",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Number",
                table: "FeedbackEntries",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Description",
                table: "EvidenceFiles",
                type: "TEXT",
                maxLength: 500,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "Number",
                table: "EvidenceFiles",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Pages",
                table: "EvidenceFiles",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Standards",
                table: "EvidenceFiles",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "Number",
                table: "Declarations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Number",
                table: "CpdActivities",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ConfirmerCategory",
                table: "Confirmations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ItemsConfirmed",
                table: "Confirmations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Number",
                table: "Confirmations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "RecordCounters",
                columns: table => new
                {
                    OwnerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Prefix = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    Last = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecordCounters", x => new { x.OwnerId, x.Prefix });
                    table.ForeignKey(
                        name: "FK_RecordCounters_AspNetUsers_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // ---- Hand-written data repair (pfdata branch, issue 12 item 2). Same SQL on SQLite and PostgreSQL. ----
            // Backfill stable record references: number each owner's existing records of each type 1, 2, 3... by
            // creation time then id (binned records included, so no number is ever given twice), and start each
            // owner's counter at the highest number given. Must run BEFORE the unique (OwnerId, Number) indexes below,
            // which EF generated above this block and were moved here by hand.
            migrationBuilder.Sql(
                "UPDATE \"CpdActivities\" SET \"Number\" = (SELECT ranked.n FROM (SELECT \"Id\", ROW_NUMBER() OVER (PARTITION BY \"OwnerId\" ORDER BY \"CreatedAt\", \"Id\") AS n FROM \"CpdActivities\") AS ranked WHERE ranked.\"Id\" = \"CpdActivities\".\"Id\");");
            migrationBuilder.Sql(
                "INSERT INTO \"RecordCounters\" (\"OwnerId\", \"Prefix\", \"Last\") SELECT \"OwnerId\", 'A', MAX(\"Number\") FROM \"CpdActivities\" GROUP BY \"OwnerId\";");
            migrationBuilder.Sql(
                "UPDATE \"ReflectiveAccounts\" SET \"Number\" = (SELECT ranked.n FROM (SELECT \"Id\", ROW_NUMBER() OVER (PARTITION BY \"OwnerId\" ORDER BY \"CreatedAt\", \"Id\") AS n FROM \"ReflectiveAccounts\") AS ranked WHERE ranked.\"Id\" = \"ReflectiveAccounts\".\"Id\");");
            migrationBuilder.Sql(
                "INSERT INTO \"RecordCounters\" (\"OwnerId\", \"Prefix\", \"Last\") SELECT \"OwnerId\", 'R', MAX(\"Number\") FROM \"ReflectiveAccounts\" GROUP BY \"OwnerId\";");
            migrationBuilder.Sql(
                "UPDATE \"FeedbackEntries\" SET \"Number\" = (SELECT ranked.n FROM (SELECT \"Id\", ROW_NUMBER() OVER (PARTITION BY \"OwnerId\" ORDER BY \"CreatedAt\", \"Id\") AS n FROM \"FeedbackEntries\") AS ranked WHERE ranked.\"Id\" = \"FeedbackEntries\".\"Id\");");
            migrationBuilder.Sql(
                "INSERT INTO \"RecordCounters\" (\"OwnerId\", \"Prefix\", \"Last\") SELECT \"OwnerId\", 'F', MAX(\"Number\") FROM \"FeedbackEntries\" GROUP BY \"OwnerId\";");
            migrationBuilder.Sql(
                "UPDATE \"PracticeHours\" SET \"Number\" = (SELECT ranked.n FROM (SELECT \"Id\", ROW_NUMBER() OVER (PARTITION BY \"OwnerId\" ORDER BY \"CreatedAt\", \"Id\") AS n FROM \"PracticeHours\") AS ranked WHERE ranked.\"Id\" = \"PracticeHours\".\"Id\");");
            migrationBuilder.Sql(
                "INSERT INTO \"RecordCounters\" (\"OwnerId\", \"Prefix\", \"Last\") SELECT \"OwnerId\", 'P', MAX(\"Number\") FROM \"PracticeHours\" GROUP BY \"OwnerId\";");
            migrationBuilder.Sql(
                "UPDATE \"ReflectiveDiscussions\" SET \"Number\" = (SELECT ranked.n FROM (SELECT \"Id\", ROW_NUMBER() OVER (PARTITION BY \"OwnerId\" ORDER BY \"CreatedAt\", \"Id\") AS n FROM \"ReflectiveDiscussions\") AS ranked WHERE ranked.\"Id\" = \"ReflectiveDiscussions\".\"Id\");");
            migrationBuilder.Sql(
                "INSERT INTO \"RecordCounters\" (\"OwnerId\", \"Prefix\", \"Last\") SELECT \"OwnerId\", 'RD', MAX(\"Number\") FROM \"ReflectiveDiscussions\" GROUP BY \"OwnerId\";");
            migrationBuilder.Sql(
                "UPDATE \"Confirmations\" SET \"Number\" = (SELECT ranked.n FROM (SELECT \"Id\", ROW_NUMBER() OVER (PARTITION BY \"OwnerId\" ORDER BY \"CreatedAt\", \"Id\") AS n FROM \"Confirmations\") AS ranked WHERE ranked.\"Id\" = \"Confirmations\".\"Id\");");
            migrationBuilder.Sql(
                "INSERT INTO \"RecordCounters\" (\"OwnerId\", \"Prefix\", \"Last\") SELECT \"OwnerId\", 'C', MAX(\"Number\") FROM \"Confirmations\" GROUP BY \"OwnerId\";");
            migrationBuilder.Sql(
                "UPDATE \"Declarations\" SET \"Number\" = (SELECT ranked.n FROM (SELECT \"Id\", ROW_NUMBER() OVER (PARTITION BY \"OwnerId\" ORDER BY \"CreatedAt\", \"Id\") AS n FROM \"Declarations\") AS ranked WHERE ranked.\"Id\" = \"Declarations\".\"Id\");");
            migrationBuilder.Sql(
                "INSERT INTO \"RecordCounters\" (\"OwnerId\", \"Prefix\", \"Last\") SELECT \"OwnerId\", 'D', MAX(\"Number\") FROM \"Declarations\" GROUP BY \"OwnerId\";");
            migrationBuilder.Sql(
                "UPDATE \"EvidenceFiles\" SET \"Number\" = (SELECT ranked.n FROM (SELECT \"Id\", ROW_NUMBER() OVER (PARTITION BY \"OwnerId\" ORDER BY \"CreatedAt\", \"Id\") AS n FROM \"EvidenceFiles\") AS ranked WHERE ranked.\"Id\" = \"EvidenceFiles\".\"Id\");");
            migrationBuilder.Sql(
                "INSERT INTO \"RecordCounters\" (\"OwnerId\", \"Prefix\", \"Last\") SELECT \"OwnerId\", 'E', MAX(\"Number\") FROM \"EvidenceFiles\" GROUP BY \"OwnerId\";");
            // ---- End of hand-written data repair. ----

            migrationBuilder.CreateIndex(
                name: "IX_ReflectiveDiscussions_OwnerId_Number",
                table: "ReflectiveDiscussions",
                columns: new[] { "OwnerId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReflectiveAccounts_OwnerId_Number",
                table: "ReflectiveAccounts",
                columns: new[] { "OwnerId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PracticeHours_OwnerId_Number",
                table: "PracticeHours",
                columns: new[] { "OwnerId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackEntries_OwnerId_Number",
                table: "FeedbackEntries",
                columns: new[] { "OwnerId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceFiles_OwnerId_Number",
                table: "EvidenceFiles",
                columns: new[] { "OwnerId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Declarations_OwnerId_Number",
                table: "Declarations",
                columns: new[] { "OwnerId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CpdActivities_OwnerId_Number",
                table: "CpdActivities",
                columns: new[] { "OwnerId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Confirmations_OwnerId_Number",
                table: "Confirmations",
                columns: new[] { "OwnerId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RecordCounters");

            migrationBuilder.DropIndex(
                name: "IX_ReflectiveDiscussions_OwnerId_Number",
                table: "ReflectiveDiscussions");

            migrationBuilder.DropIndex(
                name: "IX_ReflectiveAccounts_OwnerId_Number",
                table: "ReflectiveAccounts");

            migrationBuilder.DropIndex(
                name: "IX_PracticeHours_OwnerId_Number",
                table: "PracticeHours");

            migrationBuilder.DropIndex(
                name: "IX_FeedbackEntries_OwnerId_Number",
                table: "FeedbackEntries");

            migrationBuilder.DropIndex(
                name: "IX_EvidenceFiles_OwnerId_Number",
                table: "EvidenceFiles");

            migrationBuilder.DropIndex(
                name: "IX_Declarations_OwnerId_Number",
                table: "Declarations");

            migrationBuilder.DropIndex(
                name: "IX_CpdActivities_OwnerId_Number",
                table: "CpdActivities");

            migrationBuilder.DropIndex(
                name: "IX_Confirmations_OwnerId_Number",
                table: "Confirmations");

            migrationBuilder.DropColumn(
                name: "Number",
                table: "ReflectiveDiscussions");

            migrationBuilder.DropColumn(
                name: "Number",
                table: "ReflectiveAccounts");

            migrationBuilder.DropColumn(
                name: "Number",
                table: "PracticeHours");

            migrationBuilder.DropColumn(
                name: "Number",
                table: "FeedbackEntries");

            migrationBuilder.DropColumn(
                name: "Description",
                table: "EvidenceFiles");

            migrationBuilder.DropColumn(
                name: "Number",
                table: "EvidenceFiles");

            migrationBuilder.DropColumn(
                name: "Pages",
                table: "EvidenceFiles");

            migrationBuilder.DropColumn(
                name: "Standards",
                table: "EvidenceFiles");

            migrationBuilder.DropColumn(
                name: "Number",
                table: "Declarations");

            migrationBuilder.DropColumn(
                name: "Number",
                table: "CpdActivities");

            migrationBuilder.DropColumn(
                name: "ConfirmerCategory",
                table: "Confirmations");

            migrationBuilder.DropColumn(
                name: "ItemsConfirmed",
                table: "Confirmations");

            migrationBuilder.DropColumn(
                name: "Number",
                table: "Confirmations");
        }
    }
}
