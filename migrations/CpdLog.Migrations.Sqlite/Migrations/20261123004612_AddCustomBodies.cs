using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CpdLog.Migrations.Sqlite.Migrations
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CycleMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    AnchorKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RequiredHours = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: true),
                    RequiredParticipatoryHours = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: true),
                    RequiredVerifiableHours = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: true),
                    RequiredReflections = table.Column<int>(type: "INTEGER", nullable: true),
                    RequiredFeedback = table.Column<int>(type: "INTEGER", nullable: true),
                    MinimumDistinctActivityTypes = table.Column<int>(type: "INTEGER", nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
