// Package deploy deploys the Aoraki contract with a transaction manager and
// describes the result as a network file.
package deploy
