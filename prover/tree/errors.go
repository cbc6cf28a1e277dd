package tree

import "errors"

// Sentinel errors. Functions wrap them with %w and add the file name, row,
// column or node involved; match them with errors.Is.
var (
	// ErrBadModel: the model is structurally invalid (child index out of
	// range, cycle, unreachable node, feature or class out of range,
	// non-finite threshold, too deep, too many features) or names an
	// unsupported smartcore feature.
	ErrBadModel = errors.New("invalid decision-tree model")
	// ErrUnknownFormat: the bytes are neither the project's JSON model
	// format nor a smartcore MessagePack model (or, for inputs, neither
	// CSV nor a smartcore DenseMatrix).
	ErrUnknownFormat = errors.New("unknown file format")
	// ErrMalformed: the bytes cannot be decoded at all (truncated or
	// corrupt MessagePack, JSON syntax error, broken CSV quoting, trailing
	// bytes).
	ErrMalformed = errors.New("malformed data")
	// ErrTooLarge: a file is larger than MaxFileBytes.
	ErrTooLarge = errors.New("file too large")

	// ErrEmptyInput: there are no samples (empty file, header only, a
	// matrix with no rows).
	ErrEmptyInput = errors.New("no input samples")
	// ErrNotANumber: a cell is not a finite decimal number (text, NaN,
	// Inf, empty).
	ErrNotANumber = errors.New("not a finite number")
	// ErrFeatureCount: a row has a different number of features from the
	// number the model expects.
	ErrFeatureCount = errors.New("wrong number of features")
	// ErrRaggedRows: a row has a different number of cells from the
	// first line (the header, if there is one).
	ErrRaggedRows = errors.New("rows have different numbers of cells")

	// ErrLabelColumn: the class-label column named for training is not
	// in the file.
	ErrLabelColumn = errors.New("label column not found")
	// ErrBadLabel: a class label is empty, or there are more classes
	// than MaxClasses.
	ErrBadLabel = errors.New("invalid class label")
	// ErrBadTrainingData: Train was given inconsistent samples and
	// labels (length mismatch, label out of range, too many features).
	ErrBadTrainingData = errors.New("invalid training data")
	// ErrBadConfig: a TrainConfig field is out of range.
	ErrBadConfig = errors.New("invalid training configuration")
)
