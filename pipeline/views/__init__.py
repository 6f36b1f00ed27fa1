"""What users do with the datasets: load them into pandas, query them with SQL, verify the
quotes against their sources, browse the quote index, see the network grow, read the data
dictionary.
"""
