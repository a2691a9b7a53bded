using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CpdLog.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CompliancePerformance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "UserDataVersions",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Stamp = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UserDataVersions", x => x.UserId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ReflectiveAccounts_OwnerId_DeletedAt_Date",
                table: "ReflectiveAccounts",
                columns: new[] { "OwnerId", "DeletedAt", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackEntries_OwnerId_DeletedAt_Date",
                table: "FeedbackEntries",
                columns: new[] { "OwnerId", "DeletedAt", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_CpdActivities_OwnerId_DeletedAt_EndDate",
                table: "CpdActivities",
                columns: new[] { "OwnerId", "DeletedAt", "EndDate" });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_LineManagerId",
                table: "AspNetUsers",
                column: "LineManagerId");

            // --- Data repair (hand-written; same SQL on SQLite and PostgreSQL) ---
            // Every existing user gets a data stamp row, so later writes only update rows (two first writes of a user
            // at the same moment can never both try to insert one).
            migrationBuilder.Sql("INSERT INTO \"UserDataVersions\" (\"UserId\", \"Stamp\") SELECT \"Id\", 0 FROM \"AspNetUsers\";");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "UserDataVersions");

            migrationBuilder.DropIndex(
                name: "IX_ReflectiveAccounts_OwnerId_DeletedAt_Date",
                table: "ReflectiveAccounts");

            migrationBuilder.DropIndex(
                name: "IX_FeedbackEntries_OwnerId_DeletedAt_Date",
                table: "FeedbackEntries");

            migrationBuilder.DropIndex(
                name: "IX_CpdActivities_OwnerId_DeletedAt_EndDate",
                table: "CpdActivities");

            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_LineManagerId",
                table: "AspNetUsers");
        }
    }
}
