// Package tree holds binary decision-tree classifiers for the dtree
// proving program: the model, its validation and inference, the file
// formats it is read from and written to, input loading, and a CART
// trainer. It knows nothing of circuits (no gnark) and imports nothing of
// this module.
//
// # Model
//
// A Model is a list of Nodes; Nodes[0] is the root. A node is a leaf,
// which predicts Class, or a split, which sends a sample x to Left when
// x[Feature] <= Threshold and to Right otherwise (smartcore's rule; NaN
// goes right, but the loaders refuse NaN). Validate accepts only proper
// trees: every child index in range, every node reached from the root
// exactly once (so no cycles, no shared subtrees, nothing unreachable),
// features below NumFeatures, classes below NumClasses, finite
// thresholds, depth at most MaxDepth (16) and NumFeatures at most
// MaxFeatures (32). Leaves carry no split fields and splits no class
// (canonical form), so a model round-trips exactly through JSON.
//
// # Model files
//
// LoadModel and ParseModel tell the two formats apart by content: JSON
// starts with '{', a smartcore model with a MessagePack array byte.
//
// The project's own JSON format, version 1:
//
//	{
//	  "format": "aoraki-dtree/v1",
//	  "num_features": 4,
//	  "num_classes": 3,
//	  "feature_names": ["sepal.length", "sepal.width", "petal.length", "petal.width"],
//	  "class_labels": ["setosa", "versicolor", "virginica"],
//	  "nodes": [
//	    {"feature": 2, "threshold": 2.45, "left": 1, "right": 2},
//	    {"class": 0},
//	    {"class": 1}
//	  ]
//	}
//
// "format" is required and must be exactly "aoraki-dtree/v1"; a later
// incompatible layout gets a new value. "feature_names" and
// "class_labels" are optional; when present they have num_features and
// num_classes entries. Each node is either a leaf {"class"} or a split
// {"feature", "threshold", "left", "right"}, indices counting from 0.
// Thresholds are JSON numbers written in Go's shortest round-trip form, so
// they read back bit for bit. Unknown keys and trailing data are refused.
//
// The smartcore format is a DecisionTreeClassifier serialized by rmp_serde
// (the form RiscZero's smartcore-ml example uses); its field layout is
// documented in smartcore.go. Smartcore stores no feature count: the
// loaded model's NumFeatures is one more than the highest feature a split
// uses. Leaves predict what smartcore's predict returns when its classes
// are small non-negative integers; otherwise they predict the class's
// index and ClassLabels holds the values.
//
// # Input files
//
// LoadInputs reads samples, one per row, from CSV or from a smartcore
// DenseMatrix in MessagePack (row- or column-major, as its flag says).
// A CSV file may start with a header: a first line in which no cell is a
// number. Every cell must be a finite decimal number; empty, NaN and Inf
// cells are refused (ErrNotANumber), as are rows with the wrong number of
// cells (ErrFeatureCount against the model, ErrRaggedRows against the
// first line). Errors are InputErrors naming file, row, line and column,
// each counted from 1. LoadLabelledCSV reads a training set whose class
// label column is named by header name or index.
//
// # Training
//
// Train grows a CART classification tree (Breiman et al., 1984) top
// down, in preorder:
//
//   - A node becomes a leaf, predicting its majority class (ties to the
//     lower class), when it is pure, has reached TrainConfig.MaxDepth, has
//     fewer than MinSamplesSplit samples, or has no admissible split.
//   - Otherwise every feature in order, and for each every boundary
//     between consecutive distinct sorted values, is a candidate with
//     threshold at the midpoint of the two values; a candidate is
//     admissible if both sides keep at least MinSamplesLeaf samples.
//   - The admissible candidate with the lowest weighted Gini impurity
//     (nL·giniL + nR·giniR)/n, gini = 1 − Σ p², wins; the comparison is
//     done exactly in integers (as Σc²/n sums), and ties go to the
//     earlier feature, then the lower threshold. Training is therefore
//     deterministic and independent of floating-point summation order.
//   - A split whose two children end up leaves of the same class is
//     folded back into one leaf; it would change no prediction.
//
// GenerateRandom and RandomInputs make random models and inputs of a
// chosen depth for benchmarks and property tests.
package tree
