using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CpdLog.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CustomBodyRuleVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "EarlierVersions",
                table: "CustomBodies",
                type: "text",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<DateOnly>(
                name: "EffectiveFrom",
                table: "CustomBodies",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EarlierVersions",
                table: "CustomBodies");

            migrationBuilder.DropColumn(
                name: "EffectiveFrom",
                table: "CustomBodies");
        }
    }
}
