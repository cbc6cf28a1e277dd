package main

import (
	"fmt"
	"io"
	"os"

	"github.com/zkpool/aoraki/prover/tree"

	"github.com/zkpool/aoraki/cmd/internal/cli"
)

const trainExamples = `  zkpool train --csv iris.csv --label species --out model.json
  zkpool train --csv data.csv --label 5 --max-depth 6 --out model.json`

func runTrain(args []string, stdout, stderr io.Writer) error {
	fs := app.Flags("train", "--csv FILE --label COLUMN --out FILE [flags]", trainExamples, stderr)
	csvPath := fs.String("csv", "", "labelled samples, with a header row")
	label := fs.String("label", "", "the label column: header name or 1-based index")
	out := fs.String("out", "", "where to write the model (the project's JSON format)")
	def := tree.DefaultTrainConfig()
	maxDepth := fs.Int("max-depth", def.MaxDepth, "deepest the tree may grow (at most 16)")
	minSplit := fs.Int("min-samples-split", def.MinSamplesSplit, "fewest samples a node needs to be split")
	minLeaf := fs.Int("min-samples-leaf", def.MinSamplesLeaf, "fewest samples a leaf may hold")
	if err := cli.Parse(fs, args, true); err != nil {
		return err
	}
	if *csvPath == "" || *label == "" || *out == "" {
		return cli.BadUsage("--csv, --label and --out are required")
	}
	X, y, classes, features, err := tree.LoadLabelledCSV(*csvPath, *label)
	if err != nil {
		return cli.BadInput(err)
	}
	m, err := tree.Train(X, y, len(classes), tree.TrainConfig{MaxDepth: *maxDepth, MinSamplesSplit: *minSplit, MinSamplesLeaf: *minLeaf})
	if err != nil {
		return cli.BadInput(err)
	}
	m.FeatureNames = features
	m.ClassLabels = classes
	b, err := m.MarshalJSON()
	if err != nil {
		return err
	}
	if err := os.WriteFile(*out, append(b, '\n'), 0o644); err != nil {
		return err
	}
	correct := 0
	for i, x := range X {
		if m.Predict(x) == y[i] {
			correct++
		}
	}
	fmt.Fprintf(stdout, "trained on %d samples, %d features, %d classes: depth %d, %d nodes, training accuracy %.3f\nwrote %s\n",
		len(X), len(features), len(classes), m.Depth(), len(m.Nodes), float64(correct)/float64(len(X)), *out)
	return nil
}
