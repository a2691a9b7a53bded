using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CpdLog.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class FundingAuditableRanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "ClaimedAmount",
                table: "FundingRequests",
                type: "TEXT",
                precision: 12,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "CostNeedsBudgetHolder",
                table: "FundingRequests",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "CostReason",
                table: "FundingRequests",
                type: "TEXT",
                maxLength: 1000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "AdminAudit",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    ActorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Before = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    After = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdminAudit", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CostCentreHolders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CostCentre = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    AssignedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AssignedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CostCentreHolders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CostCentreHolders_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AdminAudit_At",
                table: "AdminAudit",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_CostCentreHolders_CostCentre",
                table: "CostCentreHolders",
                column: "CostCentre");

            migrationBuilder.CreateIndex(
                name: "IX_CostCentreHolders_UserId_CostCentre",
                table: "CostCentreHolders",
                columns: new[] { "UserId", "CostCentre" },
                unique: true);

            // ---- Hand-written data repair (issue 10). Keep at the END of Up(); carry across if this migration is regenerated. ----
            // 1. Values stored before amounts and hours had ranges are brought back into range (see CpdLog.Data.RangeRepair).
            // 2. Each existing budget holder holds their own account's cost centre, so second approvals keep flowing.
            var sqlite = migrationBuilder.ActiveProvider == "Microsoft.EntityFrameworkCore.Sqlite";
            foreach (var sql in CpdLog.Data.RangeRepair.Statements(sqlite))
            {
                migrationBuilder.Sql(sql);
            }

            migrationBuilder.Sql(CpdLog.Data.RangeRepair.SeedHoldings(sqlite));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AdminAudit");

            migrationBuilder.DropTable(
                name: "CostCentreHolders");

            migrationBuilder.DropColumn(
                name: "ClaimedAmount",
                table: "FundingRequests");

            migrationBuilder.DropColumn(
                name: "CostNeedsBudgetHolder",
                table: "FundingRequests");

            migrationBuilder.DropColumn(
                name: "CostReason",
                table: "FundingRequests");
        }
    }
}
