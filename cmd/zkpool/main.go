// Command zkpool is the requester's and researcher's tool: prove a task
// (on this machine or on the network), serve the requester's web page and
// JSON API, ask the network for prices, train a
// model, verify a receipt, run a local testnet, run the demo.
//
// Exit status: 0 on success, 1 when the job fails, 2 on bad usage or input.
package main

import (
	"os"

	"github.com/consensys/gnark/logger"

	"github.com/zkpool/aoraki/cmd/internal/cli"
)

var app = &cli.App{Name: "zkpool"}

// The command list is set in init: its Run functions refer to app.
func init() {
	app.Commands = []cli.Command{
		{Name: "prove", Summary: "prove a decision-tree task (--local: here; --network FILE: on the network)", Run: runProve},
		{Name: "serve", Summary: "run the requester as a service: a web page and a JSON API (--network FILE)", Run: runServe},
		{Name: "quote", Summary: "ask the network's nodes their price for a task, paying nothing", Run: runQuote},
		{Name: "train", Summary: "fit a decision tree (CART, Gini) from a labelled CSV", Run: runTrain},
		{Name: "verify", Summary: "verify a receipt file written by prove", Run: runVerify},
		{Name: "testnet", Summary: "run a local network as separate processes: up, status, logs, kill, restart, down", Run: runTestnet},
		{Name: "demo", Summary: "start a local testnet, prove the shipped Iris task on it, print a summary, stop it", Run: runDemo},
	}
}

func main() {
	logger.Disable() // gnark's own progress logs; the commands draw their own
	os.Exit(app.Run(os.Args[1:], os.Stdout, os.Stderr))
}
