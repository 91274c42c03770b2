using System.ComponentModel.DataAnnotations;

namespace ConversationalCare.HandoffConsole.Access;

/// <summary>A password change as a form posts it; Identity's validators judge the strength.</summary>
public sealed class ChosenPassword
{
    public string UserName { get; set; } = "";
    [Required(ErrorMessage = "Enter your current password.")] public string CurrentPassword { get; set; } = "";
    [Required(ErrorMessage = "Choose a new password.")] public string NewPassword { get; set; } = "";
    [Required(ErrorMessage = "Type the new password again.")]
    [Compare(nameof(NewPassword), ErrorMessage = "The two new passwords are not the same.")]
    public string ConfirmPassword { get; set; } = "";
}
