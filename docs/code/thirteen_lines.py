# "A Neural Network in 13 lines of Python (Part 2 - Gradient Descent)",
# by Andrew Trask, 2015: its thirteen lines, as the post gives them.
# https://iamtrask.github.io/2015/07/27/python-network-part2/
# Ours: range for Python 2's xrange, and the two lines marked "ours":
# a seed, so the starting weights are the same on every run, and a
# print of the four outputs of the last step (targets: 0, 1, 1, 0).
import numpy as np
np.random.seed(1)  # ours
X = np.array([ [0,0,1],[0,1,1],[1,0,1],[1,1,1] ])
y = np.array([[0,1,1,0]]).T
alpha,hidden_dim = (0.5,4)
synapse_0 = 2*np.random.random((3,hidden_dim)) - 1
synapse_1 = 2*np.random.random((hidden_dim,1)) - 1
for j in range(60000):
    layer_1 = 1/(1+np.exp(-(np.dot(X,synapse_0))))
    layer_2 = 1/(1+np.exp(-(np.dot(layer_1,synapse_1))))
    layer_2_delta = (layer_2 - y)*(layer_2*(1-layer_2))
    layer_1_delta = layer_2_delta.dot(synapse_1.T) * (layer_1 * (1-layer_1))
    synapse_1 -= (alpha * layer_1.T.dot(layer_2_delta))
    synapse_0 -= (alpha * X.T.dot(layer_1_delta))
print(layer_2.round(3))  # ours
