namespace CpdLog.UnitTests.Conventions;

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

/// <summary>
/// One top-level type per file, named after it (nested types are fine): <c>Foo.cs</c> holds <c>Foo</c> (or
/// <c>Foo&lt;T&gt;</c>), a page's code-behind <c>Edit.cshtml.cs</c> holds <c>EditModel</c>, and a partial part
/// <c>Foo.Bar.cs</c> holds part of <c>Foo</c>, and <c>Foo{T}.cs</c> holds <c>Foo&lt;T&gt;</c>. A <c>file</c>-local type
/// belongs to its file. Generated EF migrations are not checked.
/// </summary>
public sealed class TypePerFileTests
{
    /// <summary>
    /// Files not split yet, each named; empty now. Remove a line when its file is split: the test fails on a line that
    /// no longer needs to be here.
    /// </summary>
    private static readonly HashSet<string> NotSplitYet = new(StringComparer.Ordinal);

    [Fact]
    public void EverySourceFile_HoldsOneTypeNamedAfterIt()
    {
        var problems = new List<string>();
        var pending = new List<string>();
        foreach (var file in RepositoryFiles.Under("src", ".cs").Concat(RepositoryFiles.Under("tests", ".cs")))
        {
            var relative = RepositoryFiles.Relative(file);
            var problem = Check(Path.GetFileName(file), File.ReadAllText(file));
            if (problem is null)
            {
                continue;
            }

            if (NotSplitYet.Contains(relative))
            {
                pending.Add(relative);
            }
            else
            {
                problems.Add($"{relative}: {problem}");
            }
        }

        Assert.True(problems.Count == 0, "Give each top-level type its own file, named after it:\n" + string.Join('\n', problems));
        var done = NotSplitYet.Except(pending).Order(StringComparer.Ordinal).ToList();
        Assert.True(done.Count == 0, "Split now (or gone): remove from NotSplitYet:\n" + string.Join('\n', done));
    }

    [Theory]
    [InlineData("Foo.cs", "namespace A;\n\npublic sealed class Foo\n{\n    private sealed record Nested(int X);\n}\n", null)]
    [InlineData("Foo.cs", "namespace A;\n\npublic sealed class Foo<T>;\n", null)]
    [InlineData("Foo{T}.cs", "namespace A;\n\npublic sealed class Foo<T>;\n", null)]
    [InlineData("Foo.cs", "namespace A;\n\npublic sealed class Foo;\n\nfile sealed class Helper;\n", null)]
    [InlineData("Edit.cshtml.cs", "namespace A;\n\npublic sealed class EditModel;\n", null)]
    [InlineData("Foo.Bar.cs", "namespace A;\n\npublic partial class Foo;\n", null)]
    [InlineData("Foo.cs", "namespace A;\n\npublic sealed class Foo;\n\npublic enum Colour { Red }\n", "2 top-level types: Foo, Colour")]
    [InlineData("Foo.cs", "namespace A;\n\npublic sealed record Bar(int X);\n", "holds Bar, not Foo")]
    [InlineData("Edit.cshtml.cs", "namespace A;\n\npublic sealed class Edit;\n", "holds Edit, not EditModel")]
    public void Check_FindsExtraOrMisnamedTypes(string fileName, string source, string? expected) =>
        Assert.Equal(expected, Check(fileName, source));

    /// <summary>Why <paramref name="source"/> breaks the rule for a file called <paramref name="fileName"/>, or null.</summary>
    private static string? Check(string fileName, string source)
    {
        if (fileName.EndsWith(".Designer.cs", StringComparison.Ordinal) || fileName.EndsWith(".g.cs", StringComparison.Ordinal))
        {
            return null;
        }

        var root = CSharpSyntaxTree.ParseText(source).GetRoot();
        var types = root.DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax)
            .Where(n => n.Parent is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax)
            .Select(n => n switch
            {
                BaseTypeDeclarationSyntax t when !t.Modifiers.Any(m => m.IsKind(SyntaxKind.FileKeyword)) => t.Identifier.ValueText,
                DelegateDeclarationSyntax d => d.Identifier.ValueText,
                _ => null,
            })
            .OfType<string>()
            .ToList();
        if (types.Count > 1)
        {
            return $"{types.Count} top-level types: {string.Join(", ", types)}";
        }

        if (types.Count == 0)
        {
            return null;
        }

        var expected = fileName.EndsWith(".cshtml.cs", StringComparison.Ordinal)
            ? fileName[..^".cshtml.cs".Length] + "Model"
            : fileName[..^".cs".Length].Split('.', '{')[0];
        return types[0] == expected ? null : $"holds {types[0]}, not {expected}";
    }
}
