using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CpdLog.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AddCustomBodies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CustomBodies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CycleMonths = table.Column<int>(type: "integer", nullable: false),
                    AnchorKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RequiredHours = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: true),
                    RequiredParticipatoryHours = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: true),
                    RequiredVerifiableHours = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: true),
                    RequiredReflections = table.Column<int>(type: "integer", nullable: true),
                    RequiredFeedback = table.Column<int>(type: "integer", nullable: true),
                    MinimumDistinctActivityTypes = table.Column<int>(type: "integer", nullable: true),
                    Notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CustomBodies", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Registrations_CustomBodyId",
                table: "Registrations",
                column: "CustomBodyId");

            migrationBuilder.CreateIndex(
                name: "IX_CustomBodies_Code",
                table: "CustomBodies",
                column: "Code",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_Registrations_CustomBodies_CustomBodyId",
                table: "Registrations",
                column: "CustomBodyId",
                principalTable: "CustomBodies",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Registrations_CustomBodies_CustomBodyId",
                table: "Registrations");

            migrationBuilder.DropTable(
                name: "CustomBodies");

            migrationBuilder.DropIndex(
                name: "IX_Registrations_CustomBodyId",
                table: "Registrations");
        }
    }
}
