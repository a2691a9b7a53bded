using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CpdLog.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AddLeaving : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "LeaverRecordErasedAt",
                table: "AspNetUsers",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "LeftOn",
                table: "AspNetUsers",
                type: "date",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LeaverRecordErasedAt",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "LeftOn",
                table: "AspNetUsers");
        }
    }
}
