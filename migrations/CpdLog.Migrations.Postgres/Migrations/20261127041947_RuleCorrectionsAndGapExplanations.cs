using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CpdLog.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class RuleCorrectionsAndGapExplanations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "GapExplanations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: false),
                    Reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Details = table.Column<string>(type: "text", nullable: false),
                    OwnerId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DeletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    IsPrivate = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GapExplanations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GapExplanations_AspNetUsers_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_GapExplanations_OwnerId_DeletedAt",
                table: "GapExplanations",
                columns: new[] { "OwnerId", "DeletedAt" });

            // ---- Hand-written data repair (issue 11); keep at the END of Up() if this migration is regenerated. ----
            // 1. NMC renewal dates are the last day of a month: move any other day to the end of its month.
            // 2. CIPFA registrations made before the fixed-cycle option keep today's behaviour: cycle = rolling.
            //    Options is JSON text on both providers.
            if (migrationBuilder.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL")
            {
                migrationBuilder.Sql(
                    "UPDATE \"Registrations\" SET \"AnchorDate\" = (date_trunc('month', \"AnchorDate\") + interval '1 month' - interval '1 day')::date " +
                    "WHERE upper(\"BodyCode\") = 'NMC' AND \"AnchorDate\" <> (date_trunc('month', \"AnchorDate\") + interval '1 month' - interval '1 day')::date;");
                migrationBuilder.Sql(
                    "UPDATE \"Registrations\" SET \"Options\" = (\"Options\"::jsonb || '{\"cycle\":\"rolling\"}'::jsonb)::text " +
                    "WHERE upper(\"BodyCode\") = 'CIPFA' AND (\"Options\"::jsonb -> 'cycle') IS NULL;");
            }
            else
            {
                migrationBuilder.Sql(
                    "UPDATE \"Registrations\" SET \"AnchorDate\" = date(\"AnchorDate\", 'start of month', '+1 month', '-1 day') " +
                    "WHERE upper(\"BodyCode\") = 'NMC' AND \"AnchorDate\" <> date(\"AnchorDate\", 'start of month', '+1 month', '-1 day');");
                migrationBuilder.Sql(
                    "UPDATE \"Registrations\" SET \"Options\" = json_set(\"Options\", '$.cycle', 'rolling') " +
                    "WHERE upper(\"BodyCode\") = 'CIPFA' AND json_extract(\"Options\", '$.cycle') IS NULL;");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "GapExplanations");
        }
    }
}
