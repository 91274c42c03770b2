using Microsoft.ML.Transforms.Text;

namespace ConversationalCare.Bot.Understanding;

/// <summary>Knobs of a text model; the defaults were chosen by cross-validation on the shipped training data.</summary>
public sealed record TextModelSettings(
    float L2Regularization = 0.05f,
    int WordNgrams = 2,
    int CharNgrams = 3,
    NgramExtractingEstimator.WeightingCriteria Weighting = NgramExtractingEstimator.WeightingCriteria.Tf);
