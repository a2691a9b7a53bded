using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CpdLog.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddLeaving : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "LeaverRecordErasedAt",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "LeftOn",
                table: "AspNetUsers",
                type: "TEXT",
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
